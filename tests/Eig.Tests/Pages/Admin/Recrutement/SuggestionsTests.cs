using AngleSharp.Dom;
using Eig.Tests.Pages.Candidatures;
using Eig.Tests.Support;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Eig.Web.Evaluations;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.Admin.Recrutement;

/// <summary>The vivier's suggestions for a post, reached from the staff home: ranked with the reviews' scores and
/// explained term by term; one person suggested for one post of the promotion only, and not while proposed for
/// another, unless staff tick "proposer aussi les personnes déjà suggérées ailleurs".</summary>
public class SuggestionsTests : IAsyncLifetime
{
    private readonly EigWebFactory _f = new();
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _f.DisposeAsync();

    /// <summary>A submitted review of <paramref name="objet"/> where every criterion of the profile's grid got <paramref name="note"/>.</summary>
    private Task NoterAsync(Guid candidatureId, string objet, int note, Guid evaluateurId) => _f.WithDbAsync(async db =>
    {
        var profilId = await db.Candidatures.Where(c => c.Id == candidatureId).Select(c => c.ProfilId).SingleAsync();
        var profil = await db.ProfilsRecherches.SingleAsync(p => p.Id == profilId);
        var grille = await db.Grilles.Include(g => g.Criteres).SingleAsync(g => g.Id == (objet == ObjetsEvalues.Entretien ? profil.GrilleEntretienId : profil.GrilleDossierId));
        var now = DateTime.UtcNow;
        var a = Affectation.Creer(objet, candidatureId, grille.Id, evaluateurId, null, now, null);
        var e = Eig.Web.Evaluations.Evaluation.Commencer(a, now);
        e.Enregistrer(grille, grille.Criteres.ToDictionary(c => c.Id, _ => ((int?)note, (string?)"")), "", Recommandation.Favorable, now);
        e.Soumettre(grille, now);
        db.Affectations.Add(a);
        db.Evaluations.Add(e);
        await db.SaveChangesAsync();
    });

    /// <summary>The suggestions, each an item with its "Proposer" form.</summary>
    private static List<IElement> Items(IDocument poste) =>
        poste.QuerySelectorAll("ol li").Where(li => li.QuerySelector("input[name='CandidatureId']") is not null).ToList();

    private static List<string> Suggerees(IDocument poste) => Items(poste).Select(li => li.QuerySelector("strong")!.TextContent.Trim()).ToList();

    private static string Explication(IDocument poste, string nom) =>
        Items(poste).Single(li => li.QuerySelector("strong")!.TextContent.Trim() == nom).TextContent;

    [Fact]
    public async Task DepuisLAccueil_ExpliqueChaqueTerme_EtNeSuggereQuUneFoisParPersonne()
    {
        var appel = await _f.AppelOuvertAsync();
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var (_, sante) = await _f.DefiAvecPosteAsync(appel, porteur, titre: "Parcours de soins", expertises: "santé");
        var (_, donnees) = await _f.DefiAvecPosteAsync(appel, porteur, titre: "Open data", expertises: "données");
        var lea = await _f.CandidatureAsync(appel, await _f.CreateUserAsync(Roles.Candidat), EtatCandidature.Vivier, competences: "données", prenom: "Léa");
        var noe = await _f.CandidatureAsync(appel, await _f.CreateUserAsync(Roles.Candidat), EtatCandidature.Vivier, competences: "santé", prenom: "Noé");
        var evaluateur = await _f.CreateUserAsync(Roles.Evaluateur);
        await NoterAsync(lea, ObjetsEvalues.Entretien, 4, evaluateur.Id);   // 4 on a 1–5 grid: 16/20
        await NoterAsync(lea, ObjetsEvalues.Candidature, 3, evaluateur.Id); // 12/20
        var staff = _f.NewClient();
        await _f.SignInAsAsync(staff, await _f.CreateUserAsync(Roles.Staff));

        var admin = await EigWebFactory.GetDocumentAsync(staff, "/admin");
        var candidatures = await EigWebFactory.GetDocumentAsync(staff, admin.QuerySelector("a[href='/admin/candidatures']")!.GetAttribute("href")!);
        var recrutement = await EigWebFactory.GetDocumentAsync(staff, candidatures.QuerySelector("a[href='/admin/recrutement']")!.GetAttribute("href")!);
        var lienDonnees = recrutement.QuerySelector($"a[href='/admin/recrutement/postes/{donnees}']")!.GetAttribute("href")!;
        var lienSante = recrutement.QuerySelector($"a[href='/admin/recrutement/postes/{sante}']")!.GetAttribute("href")!;

        var pageDonnees = await EigWebFactory.GetDocumentAsync(staff, lienDonnees);
        Assert.Equal(["Léa Martin"], Suggerees(pageDonnees));
        var explication = Explication(pageDonnees, "Léa Martin");
        Assert.Contains("examen du dossier 12/20 (+18)", explication);
        Assert.Contains("entretien 16/20 (+24)", explication);
        Assert.Contains("12\u00a0ans d'expérience (+10)", explication);
        Assert.Contains("1\u00a0expertise du défi : données (+10)", explication);
        Assert.Contains("total 132 points", explication);
        Assert.Contains("1\u00a0personne mieux placée pour un autre poste", pageDonnees.Body!.TextContent);

        // Léa ranks higher for the data post, so the health post does not suggest her; ticking the box does.
        var pageSante = await EigWebFactory.GetDocumentAsync(staff, lienSante);
        Assert.Equal(["Noé Martin"], Suggerees(pageSante));
        Assert.Contains("examen du dossier pas encore noté (+0)", Explication(pageSante, "Noé Martin"));
        var case_ = pageSante.QuerySelector("input[type='checkbox'][name='AussiSuggerees']")!;
        Assert.Contains("Proposer aussi les personnes déjà suggérées ailleurs", pageSante.QuerySelector($"label[for='{case_.Id}']")!.TextContent);
        var aussi = await EigWebFactory.GetDocumentAsync(staff, $"{lienSante}?{case_.GetAttribute("name")}={case_.GetAttribute("value")}");
        Assert.Equal(["Léa Martin", "Noé Martin"], Suggerees(aussi));

        // Once Noé is proposed for the health post, the data post suggests him only when staff tick the box.
        AacKit.AssertRedirect(await EigWebFactory.PostFormAsync(staff, lienSante, new Dictionary<string, string> { ["CandidatureId"] = noe.ToString() }), lienSante);
        Assert.Equal(["Léa Martin"], Suggerees(await EigWebFactory.GetDocumentAsync(staff, lienDonnees)));
        Assert.Equal(["Léa Martin", "Noé Martin"], Suggerees(await EigWebFactory.GetDocumentAsync(staff, $"{lienDonnees}?AussiSuggerees=true")));
        var proposition = await _f.WithDbAsync(db => db.Propositions.SingleAsync(p => p.CandidatureId == noe));
        Assert.Contains("profil recherché (+50)", proposition.Explication);
    }
}
