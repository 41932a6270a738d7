namespace Eig.Web.Promotions;

/// <summary>A milestone of a défi's roadmap, in one phase of its promotion (by the phase's order, which stays when
/// staff edit the phases' dates or names). Done when it has the date it was reached.</summary>
public class Jalon
{
    public const int LongueurTitre = 200;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid DefiId { get; set; }
    /// <summary>1, 2, 3…: the <see cref="PhasePromotion.Ordre"/> of the défi's promotion.</summary>
    public int PhaseOrdre { get; set; }
    public string Titre { get; set; } = "";
    /// <summary>When the team means to reach it (optional).</summary>
    public DateOnly? Echeance { get; set; }
    /// <summary>When it was reached; null while it is not.</summary>
    public DateOnly? FaitLe { get; set; }
    public DateTime CreeLe { get; set; }
    public DateTime ModifieLe { get; set; }

    public bool Fait => FaitLe is not null;

    public static Jalon Planifier(Guid defiId, DateTime maintenant) => new() { DefiId = defiId, CreeLe = maintenant };

    /// <summary>Sets what the team wrote; refuses a milestone without a title, outside the promotion's phases, or
    /// reached in the future.</summary>
    public void Definir(Promotion promotion, int phaseOrdre, string? titre, DateOnly? echeance, DateOnly? faitLe, DateOnly aujourdhui, DateTime maintenant)
    {
        var t = titre?.Trim() ?? "";
        if (t.Length == 0) throw new DomainException("Renseignez l'intitulé du jalon.");
        if (t.Length > LongueurTitre) throw new DomainException($"L'intitulé du jalon tient en {LongueurTitre} caractères au plus.");
        if (promotion.Phases.All(p => p.Ordre != phaseOrdre)) throw new DomainException("Choisissez une phase de la promotion.");
        if (faitLe > aujourdhui) throw new DomainException("Un jalon ne peut pas être atteint à une date future.");
        PhaseOrdre = phaseOrdre;
        Titre = t;
        Echeance = echeance;
        FaitLe = faitLe;
        ModifieLe = maintenant;
    }
}
