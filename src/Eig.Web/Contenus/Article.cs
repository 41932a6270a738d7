namespace Eig.Web.Contenus;

/// <summary>A news article. Unknown front-matter fields are kept in <see cref="Extras"/> for the round trip.</summary>
public class Article
{
    public const int MaxArticlesLies = 2;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Fichier { get; set; } = "";
    public string Slug { get; set; } = "";
    public string Titre { get; set; } = "";
    public string? Auteur { get; set; }
    public DateOnly? Date { get; set; }
    public string? Description { get; set; }
    public string? Image { get; set; }
    public string Categories { get; set; } = "";
    public string ArticlesLies { get; set; } = "";
    public string Corps { get; set; } = "";
    /// <summary>True when the file had no front matter (first line = title): the export writes it back the same way.</summary>
    public bool TexteBrut { get; set; }
    public string Extras { get; set; } = "{}";
    public StatutPublication Statut { get; private set; } = StatutPublication.Brouillon;
    public DateTime? PublieLe { get; private set; }
    public DateTime ModifieLe { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public void DefinirArticlesLies(IReadOnlyCollection<string> slugs)
    {
        if (slugs.Count > MaxArticlesLies)
            throw new DomainException($"Un article peut citer au plus {MaxArticlesLies} articles liés.");
        if (slugs.Contains(Slug))
            throw new DomainException("Un article ne peut pas se citer lui-même.");
        ArticlesLies = ListeSlugs.Ecrire(slugs);
    }

    public void Publier(DateTime maintenant)
    {
        if (string.IsNullOrWhiteSpace(Titre))
            throw new DomainException("Un article sans titre ne peut pas être publié.");
        Statut = StatutPublication.Publie;
        PublieLe = maintenant;
        Version = Guid.NewGuid();
    }

    public void Depublier()
    {
        Statut = StatutPublication.Brouillon;
        Version = Guid.NewGuid();
    }
}
