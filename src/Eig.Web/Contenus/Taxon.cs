namespace Eig.Web.Contenus;

public enum TypeTaxon
{
    Theme = 0,
    Expertise = 1,
    Categorie = 2,
}

/// <summary>A theme, an expertise or a news category: a name and a slug the other collections refer to.</summary>
public class Taxon
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public TypeTaxon Type { get; set; }
    public string Fichier { get; set; } = "";
    public string Slug { get; set; } = "";
    public string Nom { get; set; } = "";
    public string? Description { get; set; }
    public string Extras { get; set; } = "{}";
}
