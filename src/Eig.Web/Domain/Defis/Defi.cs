namespace Eig.Web.Domain.Defis;

/// <summary>A défi: the challenge an administration takes on with its EIG team during a promotion.</summary>
public class Defi
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PromotionId { get; set; }
    public string Titre { get; set; } = "";
    public string Slug { get; set; } = "";
    public string Resume { get; set; } = "";
    public string Administration { get; set; } = "";
    public bool Publie { get; set; }
}
