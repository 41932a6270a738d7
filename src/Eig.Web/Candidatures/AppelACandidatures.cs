using Eig.Web.Appels;

namespace Eig.Web.Candidatures;

/// <summary>What a call for candidates adds to a call: the profiles it offers, its recruitment sprints and its pay
/// grid, all kept as data so that each promotion sets its own without a code change.</summary>
public class AppelACandidatures : Appel
{
    public List<ProfilRecherche> Profils { get; } = [];
    public List<SprintRecrutement> Sprints { get; } = [];

    // Seed 004 (promotion 7): up to 10 years 4,250 € net a month + 6 %; beyond, 5,000 € + 10 %.
    public int GrilleSeuilAnnees { get; private set; } = GrilleRemuneration.Promotion7.SeuilAnnees;
    public int GrilleSalaireJusquauSeuil { get; private set; } = GrilleRemuneration.Promotion7.SalaireJusquauSeuil;
    public int GrilleVariableJusquauSeuil { get; private set; } = GrilleRemuneration.Promotion7.VariableJusquauSeuil;
    public int GrilleSalaireAuDela { get; private set; } = GrilleRemuneration.Promotion7.SalaireAuDela;
    public int GrilleVariableAuDela { get; private set; } = GrilleRemuneration.Promotion7.VariableAuDela;

    public GrilleRemuneration Grille => new(GrilleSeuilAnnees, GrilleSalaireJusquauSeuil, GrilleVariableJusquauSeuil,
        GrilleSalaireAuDela, GrilleVariableAuDela);

    public void DefinirGrille(GrilleRemuneration grille)
    {
        grille.Valider();
        GrilleSeuilAnnees = grille.SeuilAnnees;
        GrilleSalaireJusquauSeuil = grille.SalaireJusquauSeuil;
        GrilleVariableJusquauSeuil = grille.VariableJusquauSeuil;
        GrilleSalaireAuDela = grille.SalaireAuDela;
        GrilleVariableAuDela = grille.VariableAuDela;
    }

    public ProfilRecherche AjouterProfil(string code, string libelle, string? description = null)
    {
        code = (code ?? "").Trim().ToLowerInvariant();
        if (code.Length == 0 || string.IsNullOrWhiteSpace(libelle))
            throw new DomainException("Un profil doit avoir un code et un libellé.");
        if (code.Length > ProfilRecherche.LongueurCode)
            throw new DomainException($"Le code court ne doit pas dépasser {ProfilRecherche.LongueurCode} caractères.");
        if (libelle.Trim().Length > ProfilRecherche.LongueurLibelle)
            throw new DomainException($"Le libellé ne doit pas dépasser {ProfilRecherche.LongueurLibelle} caractères.");
        if ((description?.Trim().Length ?? 0) > ProfilRecherche.LongueurDescription)
            throw new DomainException($"La description ne doit pas dépasser {Fr.Entier(ProfilRecherche.LongueurDescription)} caractères.");
        if (Profils.Any(p => p.Code == code))
            throw new DomainException($"Le profil « {code} » est déjà proposé par cet appel.");
        var profil = new ProfilRecherche
        {
            AppelId = Id, Code = code, Libelle = libelle.Trim(), Description = description?.Trim() ?? "",
            Ordre = Profils.Count == 0 ? 1 : Profils.Max(p => p.Ordre) + 1,
        };
        Profils.Add(profil);
        return profil;
    }

    public SprintRecrutement AjouterSprint(DateOnly depotDebut, DateOnly depotFin, DateOnly entretiensDebut, DateOnly entretiensFin)
    {
        if (depotFin < depotDebut)
            throw new DomainException("La fin du dépôt doit suivre son début.");
        if (entretiensFin < entretiensDebut)
            throw new DomainException("La fin des entretiens doit suivre leur début.");
        if (entretiensDebut <= depotDebut)
            throw new DomainException("Les entretiens d'un sprint commencent après l'ouverture de son dépôt.");
        if (Sprints.Any(s => s.DepotDebut <= depotFin && depotDebut <= s.DepotFin))
            throw new DomainException("Les fenêtres de dépôt de deux sprints ne peuvent pas se chevaucher.");
        var sprint = new SprintRecrutement
        {
            AppelId = Id, Numero = Sprints.Count + 1, DepotDebut = depotDebut, DepotFin = depotFin,
            EntretiensDebut = entretiensDebut, EntretiensFin = entretiensFin,
        };
        Sprints.Add(sprint);
        return sprint;
    }

    /// <summary>The sprint a candidature filed today belongs to; null when the call has no sprint (one window).</summary>
    public SprintRecrutement? SprintDuJour(DateOnly aujourdhui) =>
        Sprints.FirstOrDefault(s => aujourdhui >= s.DepotDebut && aujourdhui <= s.DepotFin);

    /// <summary>A call with sprints takes candidatures only inside a sprint's filing window.</summary>
    public bool AccepteDepots(DateOnly aujourdhui) =>
        EstOuvert(aujourdhui) && (Sprints.Count == 0 || SprintDuJour(aujourdhui) is not null);
}
