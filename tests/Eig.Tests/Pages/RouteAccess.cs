using Eig.Web.Comptes;

namespace Eig.Tests.Pages;

/// <summary>Who visits: nobody signed in, or someone signed in with one role (staff with their second factor), or a
/// staff account whose session has no second factor (freshly invited, or signed in before setting it up).</summary>
public enum Visitor { Anonyme, Porteur, Candidat, Evaluateur, Jury, Staff, StaffSansDeuxiemeFacteur }

/// <summary>What a visitor should get from a GET.</summary>
public enum Outcome
{
    /// <summary>200: the page itself.</summary>
    Page,
    /// <summary>302 to /compte/connexion: sign in first.</summary>
    Connexion,
    /// <summary>403, or the cookie handler's 302 to /erreur/403: signed in, but not allowed.</summary>
    Refus,
    /// <summary>404: the page pretends not to exist for this visitor.</summary>
    Introuvable,
    /// <summary>302 anywhere but /compte/connexion (e.g. a signed-in person sent away from the sign-in page).</summary>
    Redirection,
    /// <summary>302 to /compte/double-authentification: staff must set up or use their second factor first.</summary>
    DeuxiemeFacteur,
}

/// <summary>One row of the access table: what each visitor gets, and for a route with parameters a sample URL.</summary>
public sealed record AccessRule(string Name, Func<Visitor, Outcome> Expect, string? Sample = null)
{
    public static readonly AccessRule Public = new(nameof(Public), _ => Outcome.Page);

    public static readonly AccessRule Authenticated = new(nameof(Authenticated),
        v => v == Visitor.Anonyme ? Outcome.Connexion : v == Visitor.StaffSansDeuxiemeFacteur ? Outcome.DeuxiemeFacteur : Outcome.Page);

    public static readonly AccessRule AnonymousOnly = new(nameof(AnonymousOnly),
        v => v == Visitor.Anonyme ? Outcome.Page : Outcome.Redirection);

    /// <summary>The back office: staff who passed the second factor (the "staff" policy).</summary>
    public static readonly AccessRule StaffOnly = Role(Roles.Staff);

    /// <summary>Only these roles; anonymous visitors are sent to sign in, others refused.
    /// Mirror the policy: the "evaluateur" and "jury" policies also let staff in, so write Role("evaluateur", "staff").</summary>
    public static AccessRule Role(params string[] roles) => new($"Role({string.Join(", ", roles)})",
        v => v == Visitor.Anonyme ? Outcome.Connexion
            : v == Visitor.StaffSansDeuxiemeFacteur ? Outcome.DeuxiemeFacteur
            : roles.Contains(RoleOf(v), StringComparer.Ordinal) ? Outcome.Page
            : Outcome.Refus);

    /// <summary>Anything else, spelled out per visitor.</summary>
    public static AccessRule Custom(string name, Func<Visitor, Outcome> expect) => new(name, expect);

    /// <summary>The URL the walker GETs for a route with parameters (e.g. "/defis/{slug}" → "/defis/exemple").</summary>
    public AccessRule WithSample(string url) => this with { Sample = url };

    public static string RoleOf(Visitor v) => v switch
    {
        Visitor.Porteur => Roles.Porteur,
        Visitor.Candidat => Roles.Candidat,
        Visitor.Evaluateur => Roles.Evaluateur,
        Visitor.Jury => Roles.Jury,
        Visitor.Staff or Visitor.StaffSansDeuxiemeFacteur => Roles.Staff,
        _ => "",
    };

    public override string ToString() => Name + (Sample is null ? "" : $" ({Sample})");
}

/// <summary>
/// Every Razor Page declares here who may see it; <see cref="RouteAccessTests"/> walks the app's routes and fails on
/// any page missing from this table, or answering differently. Keys are route templates as the app declares them,
/// with a leading slash ("/", "/compte/connexion", "/admin/appels/{id:guid}"). Add the row with the page.
/// Routes with parameters are walked only when their row has a sample URL.
/// </summary>
public static class RouteAccess
{
    public static readonly Dictionary<string, AccessRule> Rules = new(StringComparer.OrdinalIgnoreCase)
    {
        ["/"] = AccessRule.Public,
        ["/accessibilite"] = AccessRule.Public,
        ["/mentions-legales"] = AccessRule.Public,
        ["/donnees-personnelles"] = AccessRule.Public,
        ["/gestion-des-cookies"] = AccessRule.Public,
        ["/plan-du-site"] = AccessRule.Public,

        // Accounts. Sign-in and sign-up forms stay reachable when signed in (to switch accounts).
        ["/compte"] = AccessRule.Authenticated,
        ["/compte/connexion"] = AccessRule.Public,
        ["/compte/mot-de-passe"] = AccessRule.Authenticated,
        ["/compte/mes-donnees"] = AccessRule.Authenticated,
        ["/compte/supprimer-mon-compte"] = AccessRule.Authenticated,
        ["/compte/inscription"] = AccessRule.Public,
        ["/compte/inscription/verifiez-vos-courriels"] = AccessRule.Public,
        ["/compte/renvoyer-confirmation"] = AccessRule.Public,
        ["/compte/mot-de-passe-oublie"] = AccessRule.Public,
        // Where staff without their second factor are sent from every other page: open to them.
        ["/compte/double-authentification"] = AccessRule.Custom("Connecté, second facteur ou non",
            v => v == Visitor.Anonyme ? Outcome.Connexion : Outcome.Page),
        // Without a link's parameters these pages still answer, with a "link not valid" message.
        ["/compte/confirmer-email"] = AccessRule.Public,
        ["/compte/invitation"] = AccessRule.Public,
        // Without a reset code there is nothing to reset.
        ["/compte/reinitialiser-mot-de-passe"] = AccessRule.Custom("Introuvable sans code", _ => Outcome.Introuvable),
        // The second step of a sign-in only exists during a sign-in: otherwise back to the first step.
        ["/compte/connexion-2fa"] = AccessRule.Custom("Pendant une connexion", _ => Outcome.Connexion),
        ["/compte/connexion-code-secours"] = AccessRule.Custom("Pendant une connexion", _ => Outcome.Connexion),
        // ProConnect: the button POSTs; the answer and the linking of an existing account only exist during a sign-in.
        ["/compte/connexion-proconnect/{handler?}"] = AccessRule.Custom("Pendant une connexion ProConnect", _ => Outcome.Connexion),
        ["/compte/lier-proconnect"] = AccessRule.Custom("Pendant une connexion ProConnect", _ => Outcome.Connexion),
        // Logging out is a POST; the GET shows the button to the signed in and sends others home.
        ["/compte/deconnexion"] = AccessRule.Custom("Bouton pour qui est connecté", v => v == Visitor.Anonyme ? Outcome.Redirection : Outcome.Page),

        // Public site (issue 3). Pages and articles that don't exist answer 404 to everyone, signed in or not.
        ["/{**adresse}"] = AccessRule.Custom("Page de contenu inexistante", _ => Outcome.Introuvable).WithSample("/pas-de-page-ici"),
        ["/defis"] = AccessRule.Public,
        ["/defis/{slug}"] = AccessRule.Custom("Défi inexistant", _ => Outcome.Introuvable).WithSample("/defis/pas-de-defi"),
        ["/talents"] = AccessRule.Public,
        ["/equipe"] = AccessRule.Public,
        ["/agents"] = AccessRule.Public,
        ["/personnes/{slug}"] = AccessRule.Custom("Personne inexistante", _ => Outcome.Introuvable).WithSample("/personnes/personne-inconnue"),
        ["/actualites"] = AccessRule.Public,
        ["/actualites/{slug}"] = AccessRule.Custom("Article inexistant", _ => Outcome.Introuvable).WithSample("/actualites/pas-d-article"),
        ["/actualites/{format:regex(^(atom|rss)$)}.xml"] = AccessRule.Public.WithSample("/actualites/atom.xml"),
        ["/faq"] = AccessRule.Public,
        ["/contact"] = AccessRule.Public,
        ["/sitemap.xml"] = AccessRule.Public,
        ["/robots.txt"] = AccessRule.Public,
        ["/newsletter/inscription"] = AccessRule.Public,
        // Without a link's parameters these pages answer with a "link not valid" message.
        ["/newsletter/confirmer"] = AccessRule.Public,
        ["/newsletter/desinscription"] = AccessRule.Public,

        ["/img/{**nom}"] = AccessRule.Custom("Fichier inexistant", _ => Outcome.Introuvable).WithSample("/img/pas-de-fichier.png"),
        ["/admin/contenus"] = AccessRule.StaffOnly,
        ["/admin/contenus/pages/{id:guid?}"] = AccessRule.StaffOnly.WithSample("/admin/contenus/pages"),
        ["/admin/contenus/pages/{id:guid}/historique"] = AccessRule.Custom("Page inexistante (équipe) ou refus",
            v => v == Visitor.Anonyme ? Outcome.Connexion : v == Visitor.StaffSansDeuxiemeFacteur ? Outcome.DeuxiemeFacteur
                : v == Visitor.Staff ? Outcome.Introuvable : Outcome.Refus)
            .WithSample("/admin/contenus/pages/00000000-0000-0000-0000-000000000001/historique"),
        ["/admin/contenus/medias"] = AccessRule.StaffOnly,
        ["/admin/contenus/medias/import"] = AccessRule.StaffOnly,
        ["/admin/contenus/redirections"] = AccessRule.StaffOnly,
        ["/admin/contenus/newsletter"] = AccessRule.StaffOnly,
        ["/admin/contenus/evenements"] = AccessRule.StaffOnly,
        ["/admin/contenus/collections/{collection}"] = AccessRule.StaffOnly.WithSample("/admin/contenus/collections/defis"),
        ["/admin/contenus/collections/{collection}/fiche/{id:guid?}"] = AccessRule.StaffOnly.WithSample("/admin/contenus/collections/articles/fiche"),
        ["/admin/contenus/creneaux"] = AccessRule.StaffOnly,
        ["/evenements"] = AccessRule.Public,
        ["/evenements/{id:guid}"] = AccessRule.Custom("Événement inexistant", _ => Outcome.Introuvable).WithSample("/evenements/00000000-0000-0000-0000-000000000001"),
        ["/rendez-vous"] = AccessRule.Public,
        // Without a link's parameters the page answers with a "link not valid" message.
        ["/rendez-vous/annuler"] = AccessRule.Public,

        // Back office: staff with their second factor.
        ["/admin"] = AccessRule.StaffOnly,
        ["/admin/utilisateurs"] = AccessRule.StaffOnly,
        ["/admin/invitations"] = AccessRule.StaffOnly,
        ["/admin/journal"] = AccessRule.StaffOnly,
        ["/admin/taches"] = AccessRule.StaffOnly,
        ["/admin/recherche"] = AccessRule.StaffOnly.WithSample("/admin/recherche?q=minist"),
        ["/admin/courriels"] = AccessRule.StaffOnly,
        ["/admin/courriels/modeles"] = AccessRule.StaffOnly,
        ["/admin/courriels/ecrire"] = AccessRule.StaffOnly,
        ["/admin/exports"] = AccessRule.StaffOnly,
        ["/admin/courriels/modeles/{cle}"] = AccessRule.StaffOnly.WithSample("/admin/courriels/modeles/aap.statut"),
        ["/admin/messages-contact"] = AccessRule.StaffOnly,

        // Call for projects (feat-aap). Dossier pages with an id answer 404 to anyone but their porteur and co-editors
        // (tested in Pages/EspacePorteur/Dossiers), so they have no sample here.
        ["/espace-porteur/dossiers"] = AccessRule.Role(Roles.Porteur),
        ["/espace-porteur/dossiers/{id:guid}"] = AccessRule.Role(Roles.Porteur),
        ["/espace-porteur/dossiers/{id:guid}/etape/{numero:int}"] = AccessRule.Role(Roles.Porteur),
        ["/espace-porteur/dossiers/{id:guid}/pieces-jointes"] = AccessRule.Role(Roles.Porteur),
        ["/admin/appels-a-projets"] = AccessRule.StaffOnly,
        ["/admin/appels-a-projets/{id:guid}"] = AccessRule.StaffOnly,
        ["/admin/dossiers"] = AccessRule.StaffOnly,
        ["/admin/dossiers/{id:guid}"] = AccessRule.StaffOnly,
        ["/admin/dossiers/{id:guid}/messages"] = AccessRule.StaffOnly,
        ["/espace-porteur/dossiers/{id:guid}/messages"] = AccessRule.Role(Roles.Porteur),
        ["/espace-porteur/dossiers/{id:guid}/co-editeurs"] = AccessRule.Role(Roles.Porteur),
        ["/espace-porteur/dossiers/{id:guid}/soutenance"] = AccessRule.Role(Roles.Porteur),
        ["/admin/appels-a-projets/{id:guid}/classement"] = AccessRule.StaffOnly,
        ["/admin/appels-a-projets/{id:guid}/soutenances"] = AccessRule.StaffOnly,
        ["/admin/soutenances/{id:guid}/deplacer"] = Absent(Roles.Staff).WithSample($"/admin/soutenances/{Inconnu}/deplacer"),
        ["/admin/appels-a-projets/{id:guid}/jury"] = AccessRule.StaffOnly,
        ["/jury"] = AccessRule.Role(Roles.Jury, Roles.Staff),
        // Sessions answer 404 to jury members who do not sit on them (tested in Pages/Jury).
        ["/jury/sessions/{id:guid}"] = AccessRule.Role(Roles.Jury, Roles.Staff),
        ["/jury/sessions/{id:guid}/dossiers/{dossierId:guid}"] = AccessRule.Role(Roles.Jury, Roles.Staff),
        ["/evaluation"] = AccessRule.Role(Roles.Evaluateur, Roles.Staff),
        // Only the evaluator's own active assignment opens (404 otherwise, tested in Pages/Evaluation).
        ["/evaluation/dossiers/{id:guid}"] = AccessRule.Role(Roles.Evaluateur, Roles.Staff),

        // Appel à candidatures (issue 5)
        ["/participer/candidats/postuler"] = AccessRule.Public,
        ["/appels-a-candidatures/{id:guid}/reglement"] = AccessRule.Custom("Règlement d'un appel inconnu", _ => Outcome.Introuvable)
            .WithSample("/appels-a-candidatures/00000000-0000-0000-0000-000000000001/reglement"),
        ["/espace-candidat"] = AccessRule.Role(Roles.Candidat),
        ["/espace-candidat/candidature"] = AccessRule.Role(Roles.Candidat),
        ["/espace-candidat/candidature/cv"] = CandidatSansDonnee,
        ["/espace-candidat/retirer/{id:guid}"] = CandidatSansDonnee.WithSample($"/espace-candidat/retirer/{Inconnu}"),
        ["/espace-candidat/creneaux"] = AccessRule.Role(Roles.Candidat),
        ["/espace-candidat/creneaux/{id:guid}/ics"] = CandidatSansDonnee.WithSample($"/espace-candidat/creneaux/{Inconnu}/ics"),
        ["/espace-candidat/creneaux/{id:guid}"] = CandidatSansDonnee.WithSample($"/espace-candidat/creneaux/{Inconnu}"),
        ["/espace-candidat/offre/{id:guid}"] = CandidatSansDonnee.WithSample($"/espace-candidat/offre/{Inconnu}"),
        ["/espace-candidat/offre/{id:guid}/lettre-de-mission"] = CandidatSansDonnee.WithSample($"/espace-candidat/offre/{Inconnu}/lettre-de-mission"),
        ["/admin/appels-a-candidatures"] = AccessRule.StaffOnly,
        ["/admin/appels-a-candidatures/{id:guid}"] = Absent(Roles.Staff).WithSample($"/admin/appels-a-candidatures/{Inconnu}"),
        ["/admin/candidatures"] = AccessRule.StaffOnly,
        ["/admin/candidatures/creneaux"] = AccessRule.StaffOnly,
        ["/admin/candidatures/creneaux/{id:guid}/deplacer"] = Absent(Roles.Staff).WithSample($"/admin/candidatures/creneaux/{Inconnu}/deplacer"),
        ["/admin/creneaux"] = AccessRule.StaffOnly,
        ["/admin/candidatures/{id:guid}"] = Absent(Roles.Staff).WithSample($"/admin/candidatures/{Inconnu}"),
        ["/admin/candidatures/{id:guid}/cv"] = Absent(Roles.Staff).WithSample($"/admin/candidatures/{Inconnu}/cv"),
        ["/admin/suivi/{genre}/{id:guid}"] = Absent(Roles.Staff).WithSample($"/admin/suivi/dossiers/{Inconnu}"),
        ["/admin/etiquettes"] = AccessRule.StaffOnly,
        ["/admin/vivier"] = AccessRule.StaffOnly,
        ["/admin/recrutement"] = AccessRule.StaffOnly,
        ["/admin/recrutement/postes/{id:guid}"] = Absent(Roles.Staff).WithSample($"/admin/recrutement/postes/{Inconnu}"),
        ["/admin/recrutement/offres/{id:guid}"] = Absent(Roles.Staff).WithSample($"/admin/recrutement/offres/{Inconnu}"),
        ["/evaluation/candidatures"] = AccessRule.Role(Roles.Evaluateur, Roles.Staff),
        ["/evaluation/candidatures/{id:guid}"] = Absent(Roles.Evaluateur, Roles.Staff).WithSample($"/evaluation/candidatures/{Inconnu}"),
        ["/evaluation/candidatures/{id:guid}/cv"] = Absent(Roles.Evaluateur, Roles.Staff).WithSample($"/evaluation/candidatures/{Inconnu}/cv"),
        ["/espace-porteur/recrutement"] = AccessRule.Role(Roles.Porteur),
        ["/espace-porteur/recrutement/{id:guid}"] = Absent(Roles.Porteur).WithSample($"/espace-porteur/recrutement/{Inconnu}"),
        ["/espace-porteur/recrutement/{id:guid}/cv"] = Absent(Roles.Porteur).WithSample($"/espace-porteur/recrutement/{Inconnu}/cv"),

        // Every user finds their way (issue 12): the front doors, "Mon espace", the files where the work is done.
        ["/participer/administrations/proposer"] = AccessRule.Public,
        ["/appels-a-projets/{id:guid}/reglement"] = AccessRule.Custom("Règlement d'un appel inconnu", _ => Outcome.Introuvable)
            .WithSample($"/appels-a-projets/{Inconnu}/reglement"),
        // Sends each role to its home; someone without a role to their account.
        ["/mon-espace"] = AccessRule.Custom("Vers l'accueil du rôle", v => v == Visitor.Anonyme ? Outcome.Connexion : v == Visitor.StaffSansDeuxiemeFacteur ? Outcome.DeuxiemeFacteur : Outcome.Redirection),

        // Running a promotion (issue 9)
        ["/promotions"] = AccessRule.Public,
        ["/donnees"] = AccessRule.Public,
        // Without its mailed token the outcome form says the link is unknown.
        ["/promotions/questionnaire"] = AccessRule.Custom("Lien de questionnaire", _ => Outcome.Introuvable),
        ["/promotions/{numero:int}"] = AccessRule.Custom("Promotion inexistante", _ => Outcome.Introuvable).WithSample("/promotions/999999"),
        ["/admin/promotions"] = AccessRule.StaffOnly,
        ["/admin/promotions/{id:guid}"] = Absent(Roles.Staff).WithSample($"/admin/promotions/{Inconnu}"),
        ["/admin/promotions/defis/{id:guid}"] = Absent(Roles.Staff).WithSample($"/admin/promotions/defis/{Inconnu}"),
        ["/admin/promotions/suivi"] = AccessRule.StaffOnly,
        ["/admin/promotions/{id:guid}/programme"] = Absent(Roles.Staff).WithSample($"/admin/promotions/{Inconnu}/programme"),
        ["/admin/promotions/seances/{id:guid}"] = Absent(Roles.Staff).WithSample($"/admin/promotions/seances/{Inconnu}"),
        ["/espace-defi"] = AccessRule.Authenticated,
        // The sessions of the person's own promotions (Pages/Promotions/ProgrammeAccompagnementTests).
        ["/espace-defi/programme"] = AccessRule.Authenticated,
        // A défi's team space answers 404 to anyone outside its team, its administration and staff (Pages/Promotions/PointsEtapeTests).
        ["/espace-defi/{id:guid}"] = AccessRule.Custom("Défi d'une autre équipe", v => v == Visitor.Anonyme ? Outcome.Connexion : v == Visitor.StaffSansDeuxiemeFacteur ? Outcome.DeuxiemeFacteur : Outcome.Introuvable)
            .WithSample($"/espace-defi/{Inconnu}"),
        // Only the team writes its roadmap (Pages/Promotions/FeuilleDeRouteTests): 404 for anyone else.
        ["/espace-defi/{id:guid}/jalons/{jalonId:guid?}"] = AccessRule.Custom("Feuille de route d'une autre équipe", v => v == Visitor.Anonyme ? Outcome.Connexion : v == Visitor.StaffSansDeuxiemeFacteur ? Outcome.DeuxiemeFacteur : Outcome.Introuvable)
            .WithSample($"/espace-defi/{Inconnu}/jalons"),
    };

    private const string Inconnu = "00000000-0000-0000-0000-000000000001";

    /// <summary>A resource of these roles that doesn't exist (or isn't theirs): 404 for them, refused for others.</summary>
    private static AccessRule Absent(params string[] roles) => AccessRule.Custom($"Introuvable pour {string.Join(", ", roles)}",
        v => v == Visitor.Anonyme ? Outcome.Connexion : v == Visitor.StaffSansDeuxiemeFacteur ? Outcome.DeuxiemeFacteur
            : roles.Contains(AccessRule.RoleOf(v)) ? Outcome.Introuvable : Outcome.Refus);

    /// <summary>A candidate's own resource that this visitor doesn't have: 404 for candidates, as for someone else's.</summary>
    private static AccessRule CandidatSansDonnee => AccessRule.Custom("Candidat, ressource absente",
        v => v switch
        {
            Visitor.Anonyme => Outcome.Connexion, Visitor.StaffSansDeuxiemeFacteur => Outcome.DeuxiemeFacteur,
            Visitor.Candidat => Outcome.Introuvable, _ => Outcome.Refus,
        });
}
