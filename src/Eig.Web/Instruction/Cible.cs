namespace Eig.Web.Instruction;

/// <summary>What staff follow, label and annotate: a filed dossier of the call for projects or a filed candidature.</summary>
public enum GenreCible { Dossier, Candidature }

/// <summary>One dossier or one candidature. The rows that hang on it (follows, labels, notes) carry a nullable
/// foreign key per kind rather than an (Objet, ObjetId) pair, so that the database erases them with it (the
/// candidatures' retention purge, a porteur's account deletion).</summary>
public readonly record struct Cible(GenreCible Genre, Guid Id)
{
    public static Cible Dossier(Guid id) => new(GenreCible.Dossier, id);
    public static Cible Candidature(Guid id) => new(GenreCible.Candidature, id);

    /// <summary>The URL segment: <c>/admin/suivi/dossiers/{id}</c>, <c>/admin/suivi/candidatures/{id}</c>.</summary>
    public string Segment => Genre == GenreCible.Dossier ? "dossiers" : "candidatures";

    /// <summary>The staff page of the item.</summary>
    public string Lien => $"/admin/{Segment}/{Id}";

    /// <summary>The page that takes the follow, label and note forms.</summary>
    public string LienSuivi => $"/admin/suivi/{Segment}/{Id}";

    /// <summary>The audit trail's object kind, as the dossier and candidature pages already write it.</summary>
    public string ObjetAudit => Genre == GenreCible.Dossier ? "DossierProjet" : "Candidature";

    public Guid? DossierId => Genre == GenreCible.Dossier ? Id : null;
    public Guid? CandidatureId => Genre == GenreCible.Candidature ? Id : null;

    public static Cible? DuSegment(string? segment, Guid id) => segment switch
    {
        "dossiers" => Dossier(id),
        "candidatures" => Candidature(id),
        _ => null,
    };
}

/// <summary>The rows attached to a dossier or a candidature.</summary>
public interface IRattache
{
    Guid? DossierId { get; }
    Guid? CandidatureId { get; }
}
