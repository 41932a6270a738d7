using System.Globalization;
using System.Text.RegularExpressions;

namespace Eig.Web.Promotions;

/// <summary>Where a promotion stands on a given day.</summary>
public enum EtatPromotion { AVenir, EnCours, Terminee }

/// <summary>A promotion: one year of the program, ten months in three phases. Some years ran a second track under
/// the same number with a label (the program's "Promotion 3 - DIG"): number and label together name a promotion.</summary>
public partial class Promotion
{
    public const int LongueurLibelle = 60;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Numero { get; set; }
    /// <summary>"" for the main promotion of a year, else the track's label as the program writes it ("DIG").</summary>
    public string Libelle { get; set; } = "";
    public int Annee { get; set; }
    public DateOnly Debut { get; set; }
    public DateOnly Fin { get; set; }
    /// <summary>Fields of the program's promotion files this model has no column for, kept for the round trip.</summary>
    public string? Extras { get; set; }

    public string Nom => $"{Titre} ({Annee})";

    /// <summary>The title the program's CMS gives it: "Promotion 3", "Promotion 3 - DIG".</summary>
    public string Titre => Libelle.Length == 0 ? $"Promotion {Numero}" : $"Promotion {Numero} - {Libelle}";

    /// <summary>How défis and people refer to it in their lists and how filters name it: "3", "3-dig".</summary>
    public string Cle => CleDe(Numero, Libelle);

    public static string CleDe(int numero, string libelle) =>
        libelle.Length == 0 ? numero.ToString(CultureInfo.InvariantCulture)
            : numero.ToString(CultureInfo.InvariantCulture) + "-" + Slug.De(libelle, LongueurLibelle, siVide: "");

    /// <summary>Reads a promotion's title as the CMS writes it ("Promotion 3 - DIG", "Promotion 5 (2021)", "EIG 4",
    /// "6"): number, label and year when the title gives one. Null when no number can be found.</summary>
    public static (int Numero, string Libelle, int? Annee)? LireTitre(string? titre)
    {
        if (string.IsNullOrWhiteSpace(titre)) return null;
        var m = TitreRegex().Match(titre.Trim());
        if (!m.Success) return null;
        var numero = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        var reste = m.Groups["reste"].Value;
        int? annee = null;
        var a = AnneeRegex().Match(reste);
        if (a.Success)
        {
            annee = int.Parse(a.Value, CultureInfo.InvariantCulture);
            reste = reste.Remove(a.Index, a.Length);
        }
        var libelle = reste.Trim().Trim('-', '–', '—', ':', '(', ')', ' ').Trim();
        return (numero, libelle, annee);
    }

    /// <summary>The program's years, for a title that gives none: promotion 1 started in 2017, one a year until
    /// the sixth (2022); the seventh was recruited in 2024.</summary>
    public static int AnneeProbable(int numero) => numero switch
    {
        <= 6 => 2016 + numero,
        _ => 2017 + numero,
    };

    public bool Publiee { get; private set; }
    public DateTime? PublieeLe { get; private set; }
    public List<PhasePromotion> Phases { get; } = [];
    public Guid Version { get; set; } = Guid.NewGuid();


    public IEnumerable<PhasePromotion> PhasesOrdonnees => Phases.OrderBy(p => p.Ordre);

    /// <summary>A new promotion of year <paramref name="annee"/> on the program's usual calendar: mid-September to the
    /// end of July of the next year, in the three phases of seed 003 (5, 3 and 2 months).</summary>
    public static Promotion Nouvelle(int numero, int annee, string libelle)
    {
        var p = new Promotion
        {
            Numero = numero, Annee = annee, Libelle = libelle.Trim(),
            Debut = new DateOnly(annee, 9, 15), Fin = new DateOnly(annee + 1, 7, 31),
        };
        p.DefinirPhases(PhasesTypes(annee));
        return p;
    }

    /// <summary>The usual three phases of a promotion starting in September of <paramref name="annee"/>.</summary>
    public static IReadOnlyList<PhaseSaisie> PhasesTypes(int annee) =>
    [
        new("Concevoir", new DateOnly(annee, 9, 15), new DateOnly(annee + 1, 3, 1).AddDays(-1),
            "Prototyper vite auprès des usagers, choisir les indicateurs qui diront si le service marche, préparer son adoption dans l'administration.",
            "Un prototype testé par de vrais usagers et les indicateurs qui mesurent son effet."),
        new("Consolider", new DateOnly(annee + 1, 3, 1), new DateOnly(annee + 1, 5, 31),
            "Trouver des soutiens et des moyens dans l'administration, élargir l'expérimentation.",
            "Un service utilisé, des alliés identifiés et les moyens de la suite discutés avec le sponsor."),
        new("Amplifier", new DateOnly(annee + 1, 6, 1), new DateOnly(annee + 1, 7, 31),
            "Assurer la continuité du défi après le programme.",
            "La décision de l'administration sur la suite du défi et l'équipe qui le reprend."),
    ];

    /// <summary>Replaces the phases. They follow each other without overlapping, inside the promotion's dates.</summary>
    public void DefinirPhases(IEnumerable<PhaseSaisie> phases)
    {
        var liste = phases.ToList();
        if (liste.Count == 0) throw new DomainException("Une promotion a au moins une phase.");
        if (Fin < Debut) throw new DomainException("La fin de la promotion doit suivre son début.");
        for (var i = 0; i < liste.Count; i++)
        {
            var s = liste[i];
            if (string.IsNullOrWhiteSpace(s.Nom)) throw new DomainException($"Donnez un nom à la phase {i + 1}.");
            if (s.Fin < s.Debut) throw new DomainException($"La phase « {s.Nom} » finit avant de commencer.");
            if (s.Debut < Debut || s.Fin > Fin)
                throw new DomainException($"La phase « {s.Nom} » doit se tenir entre le début et la fin de la promotion.");
            if (i > 0 && s.Debut <= liste[i - 1].Fin)
                throw new DomainException($"La phase « {s.Nom} » commence avant la fin de la phase « {liste[i - 1].Nom} ».");
        }
        // Keep the rows of phases that stay (same rank): milestones of the défis' roadmaps point at them.
        for (var i = 0; i < liste.Count; i++)
        {
            var s = liste[i];
            var p = Phases.FirstOrDefault(x => x.Ordre == i + 1);
            if (p is null) Phases.Add(p = new PhasePromotion { PromotionId = Id, Ordre = i + 1 });
            p.Nom = s.Nom.Trim();
            p.Debut = s.Debut;
            p.Fin = s.Fin;
            p.Description = s.Description?.Trim() ?? "";
            p.Attendus = s.Attendus?.Trim() ?? "";
        }
        Phases.RemoveAll(p => p.Ordre > liste.Count);
        Version = Guid.NewGuid();
    }

    public EtatPromotion Etat(DateOnly jour) => jour < Debut ? EtatPromotion.AVenir : jour > Fin ? EtatPromotion.Terminee : EtatPromotion.EnCours;

    /// <summary>The phase running on <paramref name="jour"/> (first and last days included), or null before, after
    /// or between phases.</summary>
    public PhasePromotion? PhaseEnCours(DateOnly jour) => Phases.FirstOrDefault(p => p.Debut <= jour && jour <= p.Fin);

    public void Publier(DateTime maintenant)
    {
        if (Publiee) throw new DomainException("Cette promotion est déjà publiée.");
        if (Phases.Count == 0) throw new DomainException("Définissez les phases de la promotion avant de la publier.");
        Publiee = true;
        PublieeLe = maintenant;
        Version = Guid.NewGuid();
    }

    public void Depublier()
    {
        Publiee = false;
        Version = Guid.NewGuid();
    }

    /// <summary>Promotions imported from the site's files are public as they were on the former site.</summary>
    public void MarquerPublieeALImport(DateTime maintenant)
    {
        if (Publiee) return;
        Publiee = true;
        PublieeLe = maintenant;
    }

    [GeneratedRegex(@"^(?:(?:promotion|promo|eig)\s*n?°?\s*)?(?<n>\d{1,2})(?!\d)(?<reste>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex TitreRegex();

    [GeneratedRegex(@"\b(20\d\d)\b")]
    private static partial Regex AnneeRegex();
}

/// <summary>A phase as staff type it, before it is checked against the others.</summary>
public sealed record PhaseSaisie(string Nom, DateOnly Debut, DateOnly Fin, string? Description, string? Attendus);

/// <summary>One phase of a promotion: its dates, what it is about and what is expected at its end.</summary>
public class PhasePromotion
{
    public const int LongueurNom = 100;
    public const int LongueurTexte = 2000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PromotionId { get; set; }
    /// <summary>1, 2, 3…: "Phase 1".</summary>
    public int Ordre { get; set; }
    public string Nom { get; set; } = "";
    public DateOnly Debut { get; set; }
    public DateOnly Fin { get; set; }
    public string Description { get; set; } = "";
    /// <summary>What is expected at the end of the phase.</summary>
    public string Attendus { get; set; } = "";

    /// <summary>Whole months the phase lasts, first and last days included: 15 September to 28 February is 5.</summary>
    public int DureeMois
    {
        get
        {
            var apres = Fin.AddDays(1);
            var mois = 0;
            while (Debut.AddMonths(mois + 1) <= apres) mois++;
            return Math.Max(mois, 1);
        }
    }

    /// <summary>"septembre – février".</summary>
    public string Mois => Debut.Month == Fin.Month && Debut.Year == Fin.Year
        ? Debut.ToString("MMMM", Fr.Culture)
        : $"{Debut.ToString("MMMM", Fr.Culture)} – {Fin.ToString("MMMM", Fr.Culture)}";
}
