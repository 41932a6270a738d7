using Eig.Web.Infrastructure;
using Eig.Web.Appels;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;

namespace Eig.Tests.Domain.Dossiers;

public class DossierProjetTests
{
    private static readonly DateTime Maintenant = new(2027, 2, 10, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Porteur = Guid.NewGuid();
    private static readonly Guid Staff = Guid.NewGuid();

    /// <summary>A call open all year round.</summary>
    public static AppelAProjets Ouvert()
    {
        var a = new AppelAProjets { Titre = "AAP", Mode = ModeAppel.Continu };
        a.Publier(Maintenant);
        return a;
    }

    public static DossierProjet Complet() => new()
    {
        Titre = "Simplifier les aides", Administration = "Direction X", TypeAdministration = "Administration centrale",
        SponsorNom = "Claire Martin", SponsorFonction = "Directrice", Probleme = "p", Preuves = "p", PublicsConcernes = "p",
        TerrainExperimentation = "t", ObjectifImpact = "o", ApprocheProduit = "a", FeuilleDeRoute = "f",
        ProfilsSouhaites = "CPO", NombreProfils = 1,
    };

    /// <summary>Brings a dossier to a state by the legal path, so every state can be tested against every move.</summary>
    public static DossierProjet EnEtat(EtatDossier etat)
    {
        var d = Complet();
        if (etat == EtatDossier.Brouillon) return d;
        d.Deposer(Ouvert(), Porteur, Maintenant);
        switch (etat)
        {
            case EtatDossier.Depose: return d;
            case EtatDossier.SansSuite: d.Decider(EtatDossier.SansSuite, Staff, "retrait", Maintenant); return d;
        }
        d.CommencerInstruction(Staff, Maintenant);
        switch (etat)
        {
            case EtatDossier.EnInstruction: return d;
            case EtatDossier.CorrectionsDemandees: d.DemanderCorrections(Staff, "Précisez", Maintenant); return d;
            case EtatDossier.NonRetenu: d.Decider(EtatDossier.NonRetenu, Staff, "non", Maintenant); return d;
        }
        d.PreSelectionner(Staff, "bon dossier", Maintenant);
        if (etat == EtatDossier.PreSelectionne) return d;
        d.ConvoquerEnSoutenance(Staff, Maintenant);
        if (etat == EtatDossier.Soutenance) return d;
        d.Decider(EtatDossier.Laureat, Staff, "oui", Maintenant);
        return d;
    }

    private static readonly Dictionary<string, (EtatDossier Vers, Action<DossierProjet> Faire)> Mouvements = new()
    {
        ["Deposer"] = (EtatDossier.Depose, d => d.Deposer(Ouvert(), Porteur, Maintenant)),
        ["CommencerInstruction"] = (EtatDossier.EnInstruction, d => d.CommencerInstruction(Staff, Maintenant)),
        ["DemanderCorrections"] = (EtatDossier.CorrectionsDemandees, d => d.DemanderCorrections(Staff, "motif", Maintenant)),
        ["PreSelectionner"] = (EtatDossier.PreSelectionne, d => d.PreSelectionner(Staff, "motif", Maintenant)),
        ["ConvoquerEnSoutenance"] = (EtatDossier.Soutenance, d => d.ConvoquerEnSoutenance(Staff, Maintenant)),
        ["Laureat"] = (EtatDossier.Laureat, d => d.Decider(EtatDossier.Laureat, Staff, "motif", Maintenant)),
        ["NonRetenu"] = (EtatDossier.NonRetenu, d => d.Decider(EtatDossier.NonRetenu, Staff, "motif", Maintenant)),
        ["SansSuite"] = (EtatDossier.SansSuite, d => d.Decider(EtatDossier.SansSuite, Staff, "motif", Maintenant)),
        ["Rouvrir"] = (EtatDossier.EnInstruction, d => d.Rouvrir(Staff, "motif", Maintenant)),
        ["AnnulerSoutenance"] = (EtatDossier.PreSelectionne, d => d.AnnulerSoutenance(Porteur, "Soutenance annulée", Maintenant)),
    };

    public static TheoryData<EtatDossier, string> TousLesCouples()
    {
        var data = new TheoryData<EtatDossier, string>();
        foreach (var etat in Enum.GetValues<EtatDossier>())
            foreach (var m in Mouvements.Keys)
                data.Add(etat, m);
        return data;
    }

    /// <summary>Every state × every move: legal ones land on the expected state and add a history line; the others
    /// are refused and leave the dossier as it was.</summary>
    [Theory]
    [MemberData(nameof(TousLesCouples))]
    public void Mouvement_RespecteLaTableDesTransitions(EtatDossier depart, string mouvement)
    {
        var d = EnEtat(depart);
        var historique = d.Historique.Count;
        var (vers, faire) = Mouvements[mouvement];
        var legal = EtatsDossier.Transitions[depart].Contains(vers)
            && !(mouvement == "Rouvrir" && !EtatsDossier.EstDecide(depart))
            && !(mouvement == "CommencerInstruction" && EtatsDossier.EstDecide(depart))
            && !(mouvement == "Laureat" && depart != EtatDossier.Soutenance)
            // Soutenance → pré-sélectionné is the cancellation of the soutenance only, never a new pre-selection.
            && !(mouvement == "PreSelectionner" && depart == EtatDossier.Soutenance)
            && !(mouvement == "AnnulerSoutenance" && depart != EtatDossier.Soutenance);

        if (legal)
        {
            faire(d);
            Assert.Equal(vers, d.Etat);
            Assert.Equal(historique + 1, d.Historique.Count);
            Assert.Equal(depart, d.Historique[^1].De);
        }
        else
        {
            Assert.Throws<DomainException>(() => faire(d));
            Assert.Equal(depart, d.Etat);
            Assert.Equal(historique, d.Historique.Count);
        }
    }

    /// <summary>A soutenance cancelled after the jury put the dossier on its agenda: the dossier is pre-selected again,
    /// and a laureate decision is refused naming it, so staff know which one waits for its soutenance.</summary>
    [Fact]
    public void AnnulerSoutenance_PuisLaureat_EstRefuseEnNommantLeDossier()
    {
        var d = EnEtat(EtatDossier.Soutenance);
        d.AnnulerSoutenance(Porteur, "Soutenance annulée par le porteur", Maintenant);

        Assert.Equal(EtatDossier.PreSelectionne, d.Etat);
        Assert.Equal("Soutenance annulée par le porteur", d.Historique[^1].Motif);
        var refus = Assert.Throws<DomainException>(() => d.Decider(EtatDossier.Laureat, Staff, "oui", Maintenant));
        Assert.Contains($"le dossier {d.Reference} est « Pré-sélectionné »", refus.Message);
        Assert.Throws<DomainException>(() => d.AnnulerSoutenance(Porteur, "encore", Maintenant));
        Assert.Throws<DomainException>(() => EnEtat(EtatDossier.Soutenance).AnnulerSoutenance(Porteur, " ", Maintenant));
    }

    [Fact]
    public void Deposer_Incomplet_EstRefuseAvecLaListe()
    {
        var d = new DossierProjet { Titre = "x" };

        var ex = Assert.Throws<DomainException>(() => d.Deposer(Ouvert(), Porteur, Maintenant));

        Assert.Contains("le nom de l'administration", ex.Message);
        Assert.Equal(EtatDossier.Brouillon, d.Etat);
    }

    [Fact]
    public void Deposer_Complet_DateEtTrace()
    {
        var d = Complet();

        d.Deposer(Ouvert(), Porteur, Maintenant);

        Assert.Equal(Maintenant, d.DeposeLe);
        var h = Assert.Single(d.Historique);
        Assert.Equal((EtatDossier.Brouillon, EtatDossier.Depose, Porteur), (h.De, h.Vers, h.ParId));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void DemanderCorrections_SansMotif_EstRefuse(string motif)
    {
        var d = EnEtat(EtatDossier.EnInstruction);

        Assert.Throws<DomainException>(() => d.DemanderCorrections(Staff, motif, Maintenant));
        Assert.Equal(EtatDossier.EnInstruction, d.Etat);
    }

    [Fact]
    public void Rouvrir_SansMotif_EstRefuse()
    {
        var d = EnEtat(EtatDossier.Laureat);

        Assert.Throws<DomainException>(() => d.Rouvrir(Staff, "", Maintenant));
        Assert.Equal(EtatDossier.Laureat, d.Etat);
    }

    [Fact]
    public void Rouvrir_Decide_RevientEnInstructionAvecLeMotif()
    {
        var d = EnEtat(EtatDossier.NonRetenu);

        d.Rouvrir(Staff, "Erreur de saisie", Maintenant);

        Assert.Equal(EtatDossier.EnInstruction, d.Etat);
        Assert.Equal("Erreur de saisie", d.Historique[^1].Motif);
        Assert.Null(d.MotifDecision);
    }

    [Theory]
    [InlineData(EtatDossier.Brouillon, true)]
    [InlineData(EtatDossier.Depose, true)]
    [InlineData(EtatDossier.CorrectionsDemandees, true)]
    [InlineData(EtatDossier.EnInstruction, false)]
    [InlineData(EtatDossier.Laureat, false)]
    public void MarquerModifie_SeulementAvantLInstruction(EtatDossier etat, bool permis)
    {
        var d = EnEtat(etat);

        if (permis) d.MarquerModifie(Maintenant);
        else Assert.Throws<DomainException>(() => d.MarquerModifie(Maintenant));
    }

    [Fact]
    public void Cofinancement_Seed000_TrentePourCentDeDeuxSalaires()
    {
        var appel = new AppelAProjets { TauxCofinancement = 30, SalairesReference = "3500;4000" };

        var e = Cofinancement.Estimer(appel, 2);

        Assert.Equal(2, e.Count);
        Assert.Equal(2100, e[0].ParMoisProgramme);      // 30 % × 3 500 × 2
        Assert.Equal(4900, e[0].ParMoisAdministration);
        Assert.Equal(24000, e[1].TotalProgramme);        // 1 200 × 2 × 10 months
        Assert.Equal(56000, e[1].TotalAdministration);
    }

    [Fact]
    public void Cofinancement_AppelSansRegle_RienAEstimer()
    {
        Assert.Empty(Cofinancement.Estimer(new AppelAProjets(), 2));
        Assert.Empty(Cofinancement.Estimer(new AppelAProjets { TauxCofinancement = 30, SalairesReference = "3500" }, 0));
    }

    [Fact]
    public void Deposer_OutsideTheWindow_IsRefused_ButACorrectedDossierMayBeFiledAgain()
    {
        // A window ending on 10 February: 23:30 UTC on the 10th is already the 11th in Paris.
        var fenetre = new AppelAProjets { Titre = "AAP", Mode = ModeAppel.Fenetre, Ouverture = new(2027, 2, 1), Cloture = new(2027, 2, 10) };
        fenetre.Publier(Maintenant);
        var tard = new DateTime(2027, 2, 10, 23, 30, 0, DateTimeKind.Utc);

        var ex = Assert.Throws<DomainException>(() => Complet().Deposer(fenetre, Porteur, tard));
        Assert.Equal("L'appel à projets est clos : le dossier ne peut plus être déposé.", ex.Message);

        var corrige = EnEtat(EtatDossier.CorrectionsDemandees);
        corrige.Deposer(fenetre, Porteur, tard);
        Assert.Equal(EtatDossier.Depose, corrige.Etat);
        Assert.Equal("Ce dossier est déjà déposé.", Assert.Throws<DomainException>(() => corrige.Deposer(fenetre, Porteur, tard)).Message);
    }
}
