namespace Eig.Web.Promotions;

/// <summary>What became of a défi at the end of its promotion.</summary>
public enum IssueDefi
{
    /// <summary>The administration carries it on with its own means.</summary>
    Poursuivi = 0,
    /// <summary>It became a product of the administration or a State startup.</summary>
    ProduitOuStartup = 1,
    Arrete = 2,
}

/// <summary>What an EIG did after the programme.</summary>
public enum IssueEig
{
    /// <summary>Works for a public employer (State, local authority, public body, hospital…), in the host
    /// administration or elsewhere.</summary>
    ResteSecteurPublic = 0,
    Parti = 1,
}

/// <summary>Who typed an outcome: staff, the person themselves (mailed form), or the history import.</summary>
public enum SourceResultat { Equipe = 0, Personne = 1, Import = 2 }

/// <summary>The outcome of a défi: one per défi, replaced when corrected.</summary>
public class ResultatDefi
{
    public const int LongueurLien = 500;
    public const int LongueurCommentaire = 2000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid DefiId { get; set; }
    public IssueDefi Issue { get; set; }
    public DateOnly Date { get; set; }
    public string? Lien { get; set; }
    public string Commentaire { get; set; } = "";
    public SourceResultat Source { get; set; }
    public Guid? SaisiParId { get; set; }
    public DateTime SaisiLe { get; set; }

    /// <summary>The défi lives on: continued by the administration, or a product or State startup.</summary>
    public bool Perdure => Issue is IssueDefi.Poursuivi or IssueDefi.ProduitOuStartup;

    public static string Libelle(IssueDefi i) => i switch
    {
        IssueDefi.Poursuivi => "Poursuivi par l'administration",
        IssueDefi.ProduitOuStartup => "Devenu un produit ou une startup d'État",
        _ => "Arrêté",
    };
}

/// <summary>The outcome of an EIG after the programme: one per person (a person in two défis or two promotions has
/// one career), replaced when corrected.</summary>
public class ResultatEig
{
    public const int LongueurOu = 300;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>The person as the site knows them (Contenus.Personne, role participant).</summary>
    public Guid PersonneId { get; set; }
    public IssueEig Issue { get; set; }
    /// <summary>Where they went ("DINUM", "Ville de Lyon", "secteur privé").</summary>
    public string Ou { get; set; } = "";
    public DateOnly? Date { get; set; }
    public SourceResultat Source { get; set; }
    public Guid? SaisiParId { get; set; }
    public DateTime SaisiLe { get; set; }

    public static string Libelle(IssueEig i) => i == IssueEig.ResteSecteurPublic ? "Resté·e dans le secteur public" : "Parti·e du secteur public";
}

/// <summary>Checks an outcome as typed, whoever types it (staff, the person, the import).</summary>
public static class Resultats
{
    public static ResultatDefi PourDefi(Guid defiId, IssueDefi issue, DateOnly date, string? lien, string? commentaire,
        SourceResultat source, Guid? par, DateTime maintenant)
    {
        if (!Enum.IsDefined(issue)) throw new DomainException("Choisissez ce que le défi est devenu.");
        var l = string.IsNullOrWhiteSpace(lien) ? null : lien.Trim();
        if (l is not null && (l.Length > ResultatDefi.LongueurLien || !Uri.TryCreate(l, UriKind.Absolute, out var u) || u.Scheme is not ("http" or "https")))
            throw new DomainException("Le lien doit être une adresse web complète (https://…), de 500 caractères au plus.");
        var c = commentaire?.Trim() ?? "";
        if (c.Length > ResultatDefi.LongueurCommentaire) throw new DomainException("Le commentaire ne doit pas dépasser 2 000 caractères.");
        return new ResultatDefi { DefiId = defiId, Issue = issue, Date = date, Lien = l, Commentaire = c, Source = source, SaisiParId = par, SaisiLe = maintenant };
    }

    public static ResultatEig PourEig(Guid personneId, IssueEig issue, string? ou, DateOnly? date, SourceResultat source, Guid? par, DateTime maintenant)
    {
        if (!Enum.IsDefined(issue)) throw new DomainException("Indiquez si la personne est restée dans le secteur public.");
        var o = ou?.Trim() ?? "";
        if (issue == IssueEig.ResteSecteurPublic && o.Length == 0) throw new DomainException("Indiquez où : l'administration ou l'organisme public.");
        if (o.Length > ResultatEig.LongueurOu) throw new DomainException("Le lieu ne doit pas dépasser 300 caractères.");
        return new ResultatEig { PersonneId = personneId, Issue = issue, Ou = o, Date = date, Source = source, SaisiParId = par, SaisiLe = maintenant };
    }
}
