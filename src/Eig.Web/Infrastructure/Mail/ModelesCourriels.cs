using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Eig.Web.Infrastructure.Mail;

/// <summary>What the record a mail is about lends to its template and to its preview.</summary>
public enum ObjetModele { Dossier, Candidature, Compte, Autre }

public sealed record VariableCourriel(string Nom, string Description, string Exemple);

/// <summary>The words of a mail: subject, heading, one paragraph per line, the button's label (its address is
/// <c>{{lien}}</c>, given by the code) and a closing note. Placeholders are written <c>{{prenom}}</c>. Every part is
/// plain text: the layout encodes it, so a template can never carry markup or script.</summary>
public sealed record TexteCourriel(string Sujet, string Titre, string Corps, string? Bouton = null, string? Note = null);

/// <summary>An automatic mail of the service, described once by its feature: its key, what it is for, the variables
/// its sending code fills in, and its text as written in code (the default until staff edit it).</summary>
public sealed class ModeleCourriel
{
    public required string Cle { get; init; }
    public required string Nom { get; init; }
    /// <summary>When it leaves and to whom: "au porteur, quand il dépose son dossier".</summary>
    public required string Envoi { get; init; }
    public required ObjetModele Objet { get; init; }
    public required TexteCourriel Defaut { get; init; }
    /// <summary>Variables beyond those of its <see cref="Objet"/> (see <see cref="VariablesCommunes"/>).</summary>
    public IReadOnlyList<VariableCourriel> Autres { get; init; } = [];

    public IReadOnlyList<VariableCourriel> Variables => [.. VariablesCommunes(Objet), .. Autres];
    /// <summary>A call may override the mails about its dossiers or its candidatures.</summary>
    public bool ParAppel => Objet is ObjetModele.Dossier or ObjetModele.Candidature;

    public static readonly VariableCourriel Lien = new("lien", "l'adresse du bouton", "https://eig.numerique.gouv.fr/espace");

    public static IReadOnlyList<VariableCourriel> VariablesCommunes(ObjetModele objet) => objet switch
    {
        ObjetModele.Dossier =>
        [
            new("reference", "la référence du dossier", "AAP-0042"),
            new("titre", "le titre du projet", "Simplifier la demande d'aide au logement"),
            new("administration", "l'administration qui dépose", "Ministère de la Transition écologique"),
            new("statut", "le statut du dossier", "en instruction"),
            Lien,
        ],
        ObjetModele.Candidature =>
        [
            new("prenom", "le prénom de la personne", "Camille"),
            new("nom", "son nom", "Martin"),
            Lien,
        ],
        _ => [Lien],
    };
}

/// <summary>Placeholders: <c>{{nom}}</c>, spaces allowed inside the braces, names in lower case.</summary>
public static partial class Gabarit
{
    [GeneratedRegex(@"\{\{\s*([^{}]*?)\s*\}\}")]
    private static partial Regex Variable();

    /// <summary>The text with each known placeholder replaced by its value (unknown ones by nothing).</summary>
    public static string Remplir(string texte, IReadOnlyDictionary<string, string?> valeurs) =>
        Variable().Replace(texte, m => valeurs.GetValueOrDefault(m.Groups[1].Value) ?? "");

    /// <summary>A French message when <paramref name="texte"/> names a placeholder the mail does not have, or leaves a
    /// brace open; null when it is correct.</summary>
    public static string? Erreur(string? texte, IReadOnlyList<VariableCourriel> variables)
    {
        if (string.IsNullOrEmpty(texte)) return null;
        var possibles = string.Join(", ", variables.Select(v => "{{" + v.Nom + "}}"));
        foreach (Match m in Variable().Matches(texte))
            if (!variables.Any(v => v.Nom == m.Groups[1].Value))
                return $"{{{{{m.Groups[1].Value}}}}} n'est pas une variable de ce courriel. Variables possibles : {possibles}.";
        var reste = Variable().Replace(texte, "");
        if (reste.Contains("{{", StringComparison.Ordinal) || reste.Contains("}}", StringComparison.Ordinal))
            return "Une variable s'écrit entre doubles accolades, par exemple {{" + variables[0].Nom + "}} : une accolade est restée ouverte ou fermée seule.";
        return null;
    }
}

/// <summary>One saved state of a template, for every call or for one call (<see cref="AppelId"/>). The current text
/// is the latest version; older ones stay, with who saved them and when.</summary>
public sealed class VersionModeleCourriel
{
    public const int SujetMax = 200, TitreMax = 200, CorpsMax = 4000, BoutonMax = 80, NoteMax = 1000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Cle { get; set; } = "";
    public Guid? AppelId { get; set; }
    public int Numero { get; set; }
    public string Sujet { get; set; } = "";
    public string Titre { get; set; } = "";
    public string Corps { get; set; } = "";
    public string? Bouton { get; set; }
    public string? Note { get; set; }
    public DateTime EnregistreeLe { get; set; }
    public Guid? ParId { get; set; }
    public string ParNom { get; set; } = "";

    public TexteCourriel Texte => new(Sujet, Titre, Corps, Bouton, Note);
}

public sealed class VersionModeleCourrielConfiguration : IEntityTypeConfiguration<VersionModeleCourriel>
{
    public void Configure(EntityTypeBuilder<VersionModeleCourriel> b)
    {
        b.ToTable("ModelesCourriels");
        b.Property(v => v.Cle).HasMaxLength(80);
        b.Property(v => v.Sujet).HasMaxLength(VersionModeleCourriel.SujetMax);
        b.Property(v => v.Titre).HasMaxLength(VersionModeleCourriel.TitreMax);
        b.Property(v => v.Corps).HasMaxLength(VersionModeleCourriel.CorpsMax);
        b.Property(v => v.Bouton).HasMaxLength(VersionModeleCourriel.BoutonMax);
        b.Property(v => v.Note).HasMaxLength(VersionModeleCourriel.NoteMax);
        b.Property(v => v.ParNom).HasMaxLength(200);
        b.HasIndex(v => new { v.Cle, v.AppelId, v.Numero });
    }
}
