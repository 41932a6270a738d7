namespace Eig.Web.Evaluations;

/// <summary>A criteria grid kept as data: a call for projects carries one (seed 001 lists nine criteria), and so do
/// the expert review and the interview scorecard of the call for candidates.</summary>
public class Grille
{
    public const int LongueurNom = 200;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Nom { get; set; } = "";
    public int EchelleMin { get; private set; } = 1;
    public int EchelleMax { get; private set; } = 5;

    /// <summary>Above this standard deviation of the overall scores, reviewers disagree enough for the dossier to be
    /// discussed rather than ranked blindly. On a 1–5 scale, 1 means reviewers are about two points apart.</summary>
    public double SeuilDesaccord { get; private set; } = 1.0;

    public List<Critere> Criteres { get; } = [];

    public IEnumerable<Critere> CriteresOrdonnes => Criteres.OrderBy(c => c.Numero);

    public bool EstPonderee => Criteres.Any(c => c.Poids is not null);

    public void DefinirEchelle(int min, int max, double? seuilDesaccord = null)
    {
        if (min < 0)
            throw new DomainException("Le minimum de l'échelle ne peut pas être négatif.");
        if (max <= min)
            throw new DomainException("Le maximum de l'échelle doit être supérieur au minimum.");
        if (max - min > 100)
            throw new DomainException("L'échelle ne peut pas compter plus de 100 points.");
        if (seuilDesaccord is { } s && (s <= 0 || s > max - min))
            throw new DomainException("Le seuil de désaccord doit être positif et inférieur à l'étendue de l'échelle.");
        EchelleMin = min;
        EchelleMax = max;
        if (seuilDesaccord is { } seuil)
            SeuilDesaccord = seuil;
    }

    public Critere AjouterCritere(string nom, string? description = null, int? poids = null)
    {
        if (string.IsNullOrWhiteSpace(nom))
            throw new DomainException("Un critère doit avoir un nom.");
        if (nom.Length > Critere.LongueurNom)
            throw new DomainException($"Le nom d'un critère ne peut pas dépasser {Critere.LongueurNom} caractères.");
        if (description is { Length: > Critere.LongueurDescription })
            throw new DomainException($"La description d'un critère ne peut pas dépasser {Critere.LongueurDescription} caractères.");
        if (poids is <= 0 or > 100)
            throw new DomainException("Le poids d'un critère doit être compris entre 1 et 100.");
        var critere = new Critere
        {
            GrilleId = Id,
            Numero = Criteres.Count == 0 ? 1 : Criteres.Max(c => c.Numero) + 1,
            Nom = nom.Trim(),
            Description = description?.Trim() ?? "",
            Poids = poids,
        };
        Criteres.Add(critere);
        return critere;
    }

    public bool EstDansLEchelle(int note) => note >= EchelleMin && note <= EchelleMax;

    /// <summary>Weight used in computations: a grid without weights counts every criterion once.</summary>
    public static double PoidsEffectif(Critere c) => c.Poids ?? 1;
}

/// <summary>One line of a grid: "3. Problème actionnable — L'équipe a accès à un terrain…", optionally weighted.</summary>
public class Critere
{
    public const int LongueurNom = 200;
    public const int LongueurDescription = 2000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid GrilleId { get; set; }
    public int Numero { get; set; }
    public string Nom { get; set; } = "";
    public string Description { get; set; } = "";
    public int? Poids { get; set; }
}
