using Eig.Web.Appels;
namespace Eig.Web.AppelsAProjets;

/// <summary>An administration's application to a call for projects, filled by its porteur (and co-editors) step by step,
/// then instructed, reviewed, defended and decided.</summary>
public class DossierProjet
{
    public const int Court = 200;
    public const int Long = 4000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AppelId { get; set; }
    public Guid PorteurId { get; set; }
    public int Numero { get; set; }
    public EtatDossier Etat { get; private set; } = EtatDossier.Brouillon;
    public DateTime CreeLe { get; set; }
    public DateTime ModifieLe { get; set; }
    public DateTime? DeposeLe { get; private set; }
    public DateTime? DecideLe { get; private set; }

    /// <summary>Last step the porteur saved, so the dossier page knows where to resume.</summary>
    public int EtapeAtteinte { get; set; }

    // Step 1: the administration and its sponsor.
    public string Titre { get; set; } = "";
    public string Administration { get; set; } = "";
    public string TypeAdministration { get; set; } = "";
    public string? Siret { get; set; }
    public string SponsorNom { get; set; } = "";
    public string SponsorFonction { get; set; } = "";

    // Step 2: the problem.
    public string Probleme { get; set; } = "";
    public string Preuves { get; set; } = "";
    public string PublicsConcernes { get; set; } = "";
    public int? NombrePersonnesConcernees { get; set; }

    // Step 3: experimentation, impact, product.
    public string TerrainExperimentation { get; set; } = "";
    public string ObjectifImpact { get; set; } = "";
    public string ApprocheProduit { get; set; } = "";
    public string FeuilleDeRoute { get; set; } = "";
    public string PrioriteGouvernementale { get; set; } = "";

    // Step 4: the team asked for.
    public string ProfilsSouhaites { get; set; } = "";
    public int? NombreProfils { get; set; }

    // Decision (kept on the dossier once published; the jury's record is in the decision table).
    public string? MotifDecision { get; private set; }

    public Guid Version { get; private set; } = Guid.NewGuid();

    // The submitted reviews summed up, written by the context in the transaction of every save that submits a review
    // (SyntheseEvaluations): what the call's ranking and the score-sorted list order by, without reading 20,000 reviews.
    // Not part of the concurrency token: a review submitted meanwhile does not make the porteur's or staff's edit stale.
    /// <summary>Submitted reviews on the dossier's active assignments.</summary>
    public int EvaluationsSoumises { get; private set; }
    /// <summary>Mean of those reviews' overall scores (null while none is complete).</summary>
    public double? NoteMoyenne { get; private set; }
    /// <summary>Median of the same scores.</summary>
    public double? NoteMediane { get; private set; }

    public List<ChangementEtatDossier> Historique { get; } = [];

    /// <summary>The porteur edits until instruction starts, and again when staff ask for corrections.</summary>
    public bool EstModifiableParLePorteur =>
        Etat is EtatDossier.Brouillon or EtatDossier.Depose or EtatDossier.CorrectionsDemandees;

    public string Reference => $"AAP-{Numero:0000}";

    public void MarquerModifie(DateTime maintenant)
    {
        if (!EstModifiableParLePorteur)
            throw new DomainException("Ce dossier est en instruction : il ne peut plus être modifié.");
        ModifieLe = maintenant;
        Version = Guid.NewGuid();
    }

    /// <summary>What is still missing before the dossier can be filed, in French (see <see cref="FormulaireDossier"/>).</summary>
    public IReadOnlyList<string> Manques() => FormulaireDossier.Manques(this);

    /// <summary>Files the dossier, or files it again after corrections. A first filing needs the call open on
    /// today's date in Paris; a dossier sent back for corrections may be filed again after the call has closed.</summary>
    public void Deposer(Appel appel, Guid parId, DateTime maintenant)
    {
        if (Etat is not (EtatDossier.Brouillon or EtatDossier.CorrectionsDemandees))
            throw new DomainException("Ce dossier est déjà déposé.");
        if (Etat == EtatDossier.Brouillon && !appel.EstOuvert(DateOnly.FromDateTime(Fr.EnHeureDeParis(maintenant))))
            throw new DomainException("L'appel à projets est clos : le dossier ne peut plus être déposé.");
        var manques = Manques();
        if (manques.Count > 0)
            throw new DomainException("Le dossier est incomplet. " + string.Join(" ", manques));
        Changer(EtatDossier.Depose, parId, Etat == EtatDossier.CorrectionsDemandees ? "Dossier corrigé et redéposé" : null, maintenant);
        DeposeLe = maintenant;
    }

    public void CommencerInstruction(Guid parId, DateTime maintenant)
    {
        // A decided dossier also goes back to instruction, but only through Rouvrir, with a reason.
        if (Etat != EtatDossier.Depose)
            throw new DomainException($"Un dossier « {EtatsDossier.Libelle(Etat)} » ne peut pas entrer en instruction.");
        Changer(EtatDossier.EnInstruction, parId, null, maintenant);
    }

    public void DemanderCorrections(Guid parId, string motif, DateTime maintenant) =>
        Changer(EtatDossier.CorrectionsDemandees, parId, Exiger(motif), maintenant);

    public void PreSelectionner(Guid parId, string motif, DateTime maintenant)
    {
        // Back from a soutenance only through AnnulerSoutenance, which goes with the slot freed and the porteur told.
        if (Etat == EtatDossier.Soutenance)
            throw new DomainException("Ce dossier est convoqué en soutenance : annulez sa soutenance pour qu'il redevienne pré-sélectionné.");
        Changer(EtatDossier.PreSelectionne, parId, Exiger(motif), maintenant);
    }

    public void ConvoquerEnSoutenance(Guid parId, DateTime maintenant) =>
        Changer(EtatDossier.Soutenance, parId, null, maintenant);

    /// <summary>The soutenance booked is cancelled before it took place (by the porteur, by staff, or with the porteur's
    /// account): the dossier is no longer called to a soutenance and waits for a new slot as a pre-selected one; the
    /// history says which one was cancelled and by whom.</summary>
    public void AnnulerSoutenance(Guid parId, string motif, DateTime maintenant)
    {
        if (Etat != EtatDossier.Soutenance)
            throw new DomainException($"Un dossier « {EtatsDossier.Libelle(Etat)} » n'a pas de soutenance à annuler.");
        Changer(EtatDossier.PreSelectionne, parId, Exiger(motif), maintenant);
    }

    public void Decider(EtatDossier decision, Guid parId, string motivation, DateTime maintenant)
    {
        if (!EtatsDossier.EstDecide(decision))
            throw new DomainException("Une décision est « lauréat », « non retenu » ou « sans suite ».");
        if (decision == EtatDossier.Laureat && Etat != EtatDossier.Soutenance)
            // Said with the dossier: at a jury's publication, it may be the one whose soutenance was cancelled meanwhile.
            throw new DomainException($"Seul un dossier passé en soutenance peut être lauréat : le dossier {Reference} est « {EtatsDossier.Libelle(Etat)} ».");
        Changer(decision, parId, Exiger(motivation), maintenant);
        MotifDecision = motivation.Trim();
        DecideLe = maintenant;
    }

    public void Rouvrir(Guid parId, string motif, DateTime maintenant)
    {
        if (!EtatsDossier.EstDecide(Etat))
            throw new DomainException("Seul un dossier décidé peut être rouvert.");
        Changer(EtatDossier.EnInstruction, parId, Exiger(motif), maintenant);
        MotifDecision = null;
        DecideLe = null;
    }

    private static string Exiger(string motif)
    {
        if (string.IsNullOrWhiteSpace(motif))
            throw new DomainException("Indiquez le motif de ce changement.");
        if (motif.Length > Long)
            throw new DomainException($"Le motif ne peut pas dépasser {Long} caractères.");
        return motif.Trim();
    }

    private void Changer(EtatDossier vers, Guid parId, string? motif, DateTime maintenant)
    {
        if (!EtatsDossier.Transitions[Etat].Contains(vers))
            throw new DomainException($"Un dossier « {EtatsDossier.Libelle(Etat)} » ne peut pas passer à « {EtatsDossier.Libelle(vers)} ».");
        Historique.Add(new ChangementEtatDossier
        {
            DossierId = Id, De = Etat, Vers = vers, Le = maintenant, ParId = parId, Motif = motif,
        });
        Etat = vers;
        ModifieLe = maintenant;
        Version = Guid.NewGuid();
    }
}

/// <summary>One line of the dossier's timeline: who moved it, when, from what to what, and why.</summary>
public class ChangementEtatDossier
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid DossierId { get; set; }
    public EtatDossier De { get; set; }
    public EtatDossier Vers { get; set; }
    public DateTime Le { get; set; }
    public Guid ParId { get; set; }
    public string? Motif { get; set; }
}

/// <summary>Someone of the same administration the porteur invited to edit the dossier with them.</summary>
public class CoEditeur
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid DossierId { get; set; }
    public Guid UtilisateurId { get; set; }
    public DateTime AjouteLe { get; set; }
}

/// <summary>A stored file: a dossier attachment, a call's règlement, a message's attachment. PDFs only, checked on upload.</summary>
public class FichierAap
{
    public const int TailleMax = 10 * 1024 * 1024;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid? DossierId { get; set; }
    public Guid? MessageId { get; set; }
    public string NomFichier { get; set; } = "";
    public string TypeMime { get; set; } = "application/pdf";
    public long Taille { get; set; }
    public byte[] Contenu { get; set; } = [];
    public Guid DeposeParId { get; set; }
    public DateTime DeposeLe { get; set; }
}
