namespace Eig.Web.Contenus;

/// <summary>A page of the site: a layout (program, admins, candidates, or a plain page) and its front matter kept
/// whole as JSON, so that every field of the program's files (known or not) survives an import/export round trip.</summary>
public class PageContenu
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>The file it came from, relative to the imported folder: its identity for re-imports and exports.</summary>
    public string Fichier { get; set; } = "";
    /// <summary>Address on the site, e.g. "/programme".</summary>
    public string Adresse { get; set; } = "";
    public string Titre { get; set; } = "";
    public string Layout { get; set; } = "page";
    public string FrontMatter { get; set; } = "{}";
    public string Corps { get; set; } = "";
    public string? DescriptionSeo { get; set; }
    public string? ImageOg { get; set; }
    public StatutPublication Statut { get; private set; } = StatutPublication.Brouillon;
    public DateTime? PublieLe { get; private set; }
    public DateTime ModifieLe { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public void Publier(DateTime maintenant)
    {
        if (string.IsNullOrWhiteSpace(Titre))
            throw new DomainException("Une page sans titre ne peut pas être publiée.");
        if (!Adresse.StartsWith('/'))
            throw new DomainException("L'adresse de la page doit commencer par « / ».");
        Statut = StatutPublication.Publie;
        PublieLe = maintenant;
        Version = Guid.NewGuid();
    }

    public void Depublier()
    {
        Statut = StatutPublication.Brouillon;
        Version = Guid.NewGuid();
    }

    /// <summary>The address a layout takes when its file gives no <c>url</c>.</summary>
    public static string AdresseParDefaut(string layout, string slug) => layout switch
    {
        "program" => "/programme",
        "admins" => "/participer/administrations",
        "candidates" => "/participer/candidats",
        _ => "/pages/" + slug,
    };
}
