namespace Eig.Web.Promotions;

/// <summary>A défi: the challenge an administration takes on with its EIG team during a promotion.</summary>
public class Defi
{
    /// <summary>Title, administration, sponsor's name and role.</summary>
    public const int LongueurCourte = 200;
    public const int LongueurResume = 2000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PromotionId { get; set; }
    public string Titre { get; set; } = "";
    public string Slug { get; set; } = "";
    /// <summary>The short description shown on cards ("description" in the program's files).</summary>
    public string Resume { get; set; } = "";
    public string Administration { get; set; } = "";
    public bool Publie { get; set; }
    /// <summary>The laureate dossier the défi comes from (null for défis imported from the former site).</summary>
    public Guid? DossierId { get; set; }
    /// <summary>The administration's sponsor, as the dossier names them.</summary>
    public string SponsorNom { get; set; } = "";
    public string SponsorFonction { get; set; } = "";

    // What the public site shows (the program's défi files).
    public string? Fichier { get; set; }
    public string? Lieu { get; set; }
    public string? Ville { get; set; }
    public string Themes { get; set; } = "";
    public string Expertises { get; set; } = "";
    /// <summary>Every promotion the défi ran in ("|5|6|"); <see cref="PromotionId"/> is the first.</summary>
    public string Promotions { get; set; } = "";
    public DateOnly? Date { get; set; }
    public string? Image { get; set; }
    public string Corps { get; set; } = "";
    public bool StartupEtat { get; set; }
    public string? StartupUrl { get; set; }
    public string? CodeSourceUrl { get; set; }
    public string? SiteWeb { get; set; }
    /// <summary>Key figures as JSON: [{"montant":"…","description":"…"}].</summary>
    public string ChiffresCles { get; set; } = "[]";
    public string Extras { get; set; } = "{}";
    public Guid Version { get; set; } = Guid.NewGuid();
}
