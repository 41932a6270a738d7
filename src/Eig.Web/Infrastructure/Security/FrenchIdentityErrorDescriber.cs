using Microsoft.AspNetCore.Identity;

namespace Eig.Web.Infrastructure.Security;

/// <summary>Identity's messages, said in French for the people who read them.</summary>
public sealed class FrenchIdentityErrorDescriber : IdentityErrorDescriber
{
    private static IdentityError E(string code, string message) => new() { Code = code, Description = message };

    public override IdentityError DefaultError() => E(nameof(DefaultError), "Une erreur inattendue s'est produite.");
    public override IdentityError ConcurrencyFailure() => E(nameof(ConcurrencyFailure), "Ce compte a été modifié entre-temps. Rechargez la page.");
    public override IdentityError PasswordMismatch() => E(nameof(PasswordMismatch), "Mot de passe incorrect.");
    public override IdentityError InvalidToken() => E(nameof(InvalidToken), "Ce lien n'est plus valable. Demandez-en un nouveau.");
    public override IdentityError LoginAlreadyAssociated() => E(nameof(LoginAlreadyAssociated), "Ce compte est déjà associé.");
    public override IdentityError InvalidUserName(string? userName) => E(nameof(InvalidUserName), "Cet identifiant n'est pas valide.");
    public override IdentityError InvalidEmail(string? email) => E(nameof(InvalidEmail), "Saisissez une adresse électronique valide, par exemple nom@exemple.fr.");
    public override IdentityError DuplicateUserName(string userName) => E(nameof(DuplicateUserName), "Un compte existe déjà avec cette adresse électronique.");
    public override IdentityError DuplicateEmail(string email) => E(nameof(DuplicateEmail), "Un compte existe déjà avec cette adresse électronique.");
    public override IdentityError InvalidRoleName(string? role) => E(nameof(InvalidRoleName), "Ce rôle n'existe pas.");
    public override IdentityError DuplicateRoleName(string role) => E(nameof(DuplicateRoleName), "Ce rôle existe déjà.");
    public override IdentityError UserAlreadyHasPassword() => E(nameof(UserAlreadyHasPassword), "Ce compte a déjà un mot de passe.");
    public override IdentityError UserLockoutNotEnabled() => E(nameof(UserLockoutNotEnabled), "Le verrouillage n'est pas activé pour ce compte.");
    public override IdentityError UserAlreadyInRole(string role) => E(nameof(UserAlreadyInRole), "Ce compte a déjà ce rôle.");
    public override IdentityError UserNotInRole(string role) => E(nameof(UserNotInRole), "Ce compte n'a pas ce rôle.");
    public override IdentityError PasswordTooShort(int length) => E(nameof(PasswordTooShort), $"Le mot de passe doit contenir au moins {length} caractères.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => E(nameof(PasswordRequiresUniqueChars), $"Le mot de passe doit contenir au moins {uniqueChars} caractères différents.");
    public override IdentityError PasswordRequiresNonAlphanumeric() => E(nameof(PasswordRequiresNonAlphanumeric), "Le mot de passe doit contenir au moins un caractère spécial.");
    public override IdentityError PasswordRequiresDigit() => E(nameof(PasswordRequiresDigit), "Le mot de passe doit contenir au moins un chiffre.");
    public override IdentityError PasswordRequiresLower() => E(nameof(PasswordRequiresLower), "Le mot de passe doit contenir au moins une minuscule.");
    public override IdentityError PasswordRequiresUpper() => E(nameof(PasswordRequiresUpper), "Le mot de passe doit contenir au moins une majuscule.");
    public override IdentityError RecoveryCodeRedemptionFailed() => E(nameof(RecoveryCodeRedemptionFailed), "Ce code de secours n'est pas valable.");
}
