namespace Eig.Web.Promotions;

/// <summary>A promotion: one year of the program, ten months in three phases.</summary>
public class Promotion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Numero { get; set; }
    public int Annee { get; set; }
    public DateOnly Debut { get; set; }
    public DateOnly Fin { get; set; }
    /// <summary>Fields of the program's promotion files this model has no column for, kept for the round trip.</summary>
    public string? Extras { get; set; }

    public string Nom => $"Promotion {Numero} ({Annee})";
}
