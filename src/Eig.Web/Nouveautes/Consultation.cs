namespace Eig.Web.Nouveautes;

/// <summary>When a person last opened one dossier or candidature: what happened on it since is "new" for them.</summary>
public class Consultation
{
    public const int LongueurObjet = 40;

    public Guid UtilisateurId { get; set; }
    /// <summary><see cref="ObjetsSuivis"/>: the kind of item.</summary>
    public string Objet { get; set; } = "";
    public Guid ObjetId { get; set; }
    public DateTime VuLe { get; set; }
}

public static class ObjetsSuivis
{
    public const string Dossier = "dossier";
    public const string Candidature = "candidature";
}
