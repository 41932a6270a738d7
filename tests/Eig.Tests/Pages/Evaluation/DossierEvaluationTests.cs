using System.Net;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Eig.Web.AppelsAProjets;
using Eig.Web.Evaluations;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.Evaluation;

public class DossierEvaluationTests : IAsyncLifetime
{
    private readonly EigWebFactory _f = new();
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _f.DisposeAsync();

    private async Task<(Guid DossierId, Guid GrilleId)> DossierEnInstructionAsync()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f, criteres: 2);
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var d = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, puis: x => x.CommencerInstruction(Guid.NewGuid(), DateTime.UtcNow));
        return (d.Id, appel.GrilleId!.Value);
    }

    private async Task<(HttpClient Client, TestUser User, Guid AffectationId)> EvaluateurAsync(Guid dossierId, Guid grilleId)
    {
        var user = await _f.CreateUserAsync(Roles.Evaluateur);
        var client = _f.NewClient();
        await _f.SignInAsAsync(client, user);
        var aff = Affectation.Creer(ObjetsEvalues.DossierProjet, dossierId, grilleId, user.Id, null, DateTime.UtcNow, 21);
        await _f.WithDbAsync(async db => { db.Affectations.Add(aff); await db.SaveChangesAsync(); });
        return (client, user, aff.Id);
    }

    private static Dictionary<string, string> Notes(int a, int b, string reco, bool soumettre, string commentaire = "RAS") => new()
    {
        ["Input.Notes[0].Note"] = a.ToString(), ["Input.Notes[1].Note"] = b.ToString(),
        ["Input.Notes[0].Commentaire"] = commentaire, ["Input.Recommandation"] = reco,
        ["Input.CommentaireGeneral"] = commentaire, ["Input.Soumettre"] = soumettre ? "true" : "false",
    };

    [Fact]
    public async Task Submit_AsksConfirmation_ThenSubmitsAndTellsTheStaffWhoAssigned()
    {
        var (dossierId, grilleId) = await DossierEnInstructionAsync();
        var staff = await _f.CreateUserAsync(Roles.Staff);
        var user = await _f.CreateUserAsync(Roles.Evaluateur);
        var client = _f.NewClient();
        await _f.SignInAsAsync(client, user);
        var aff = Affectation.Creer(ObjetsEvalues.DossierProjet, dossierId, grilleId, user.Id, staff.Id, DateTime.UtcNow, 21);
        await _f.WithDbAsync(async db => { db.Affectations.Add(aff); await db.SaveChangesAsync(); });
        var url = $"/evaluation/dossiers/{aff.Id}";

        var r = await EigWebFactory.PostFormAsync(client, url, Notes(4, 3, "Favorable", true));

        // Nothing is submitted yet: the page says what submitting does and asks to confirm.
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Equal(EtatEvaluation.Brouillon, await _f.WithDbAsync(db => db.Evaluations.Where(e => e.AffectationId == aff.Id).Select(e => e.Etat).SingleAsync()));
        var confirmation = await EigWebFactory.GetDocumentAsync(client, r.Headers.Location!.OriginalString);
        Assert.Contains(FormulaireEvaluation.Irreversible, confirmation.QuerySelector(".fr-alert--warning")!.TextContent);
        Assert.NotNull(confirmation.QuerySelector("main form[action*='handler=Soumettre'] button"));
        Assert.Empty((await _f.ReadMailsAsync()).Where(m => m.To == staff.Email));

        var ok = await EigWebFactory.PostFormAsync(client, r.Headers.Location!.OriginalString, new Dictionary<string, string>(), handler: "Soumettre");

        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(EtatEvaluation.Soumise, await _f.WithDbAsync(db => db.Evaluations.Where(e => e.AffectationId == aff.Id).Select(e => e.Etat).SingleAsync()));
        var mail = Assert.Single(await _f.ReadMailsAsync(), m => m.To == staff.Email);
        Assert.Contains("évaluation soumise", mail.Subject);
        Assert.Contains("Favorable", mail.Text);
        Assert.StartsWith("http", mail.Link($"/admin/dossiers/{dossierId}"));
        // The staff cockpit counts it among the week's news (with the dossier's filing), linked to the dossier.
        var staffClient = _f.NewClient();
        await _f.SignInAsAsync(staffClient, staff);
        var cockpit = await EigWebFactory.GetDocumentAsync(staffClient, "/admin");
        var nouveautes = cockpit.QuerySelector("section[aria-labelledby=tb-nouveautes]")!;
        Assert.Contains("2 nouveautés depuis 7 jours", nouveautes.TextContent.Replace('\u00a0', ' '));
        var evenement = Assert.Single(nouveautes.QuerySelectorAll("li"), li => li.TextContent.Contains("Évaluation d'un dossier soumise"));
        Assert.NotNull(evenement.QuerySelector($"a[href='/admin/dossiers/{dossierId}']"));
    }

    [Fact]
    public async Task Submit_AsksToConfirm_ThenLocks()
    {
        var (dossierId, grilleId) = await DossierEnInstructionAsync();
        var (client, _, aff) = await EvaluateurAsync(dossierId, grilleId);
        var url = $"/evaluation/dossiers/{aff}";

        // "Soumettre l'évaluation": the complete form is kept as a draft, and the page asks to confirm.
        var r = await EigWebFactory.PostFormAsync(client, url, Notes(4, 3, "Favorable", true, "solide"));
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var confirmation = r.Headers.Location!.OriginalString;
        Assert.StartsWith(url + "?confirmer=", confirmation, StringComparison.OrdinalIgnoreCase);
        var brouillon = await _f.WithDbAsync(db => db.Evaluations.SingleAsync(x => x.AffectationId == aff));
        Assert.Equal(EtatEvaluation.Brouillon, brouillon.Etat);
        var page = await EigWebFactory.GetDocumentAsync(client, confirmation);
        Assert.Contains("Une évaluation soumise ne peut plus être modifiée.", page.QuerySelector(".fr-alert--warning")!.TextContent);
        Assert.Contains("Critère 1 : 4", page.GetElementById("evaluation-recapitulatif")!.TextContent);
        Assert.Null(page.QuerySelector("input[name='Input.Notes[0].Note']"));
        Assert.NotNull(page.QuerySelector($"a.fr-btn[href='{url}']"));

        var soumise = await EigWebFactory.PostFormAsync(client, confirmation, new Dictionary<string, string>(), handler: "Soumettre");

        Assert.Equal(HttpStatusCode.Redirect, soumise.StatusCode);
        var e = await _f.WithDbAsync(db => db.Evaluations.SingleAsync(x => x.AffectationId == aff));
        Assert.Equal(EtatEvaluation.Soumise, e.Etat);
        Assert.True(await _f.WithDbAsync(db => db.Audit.AnyAsync(x => x.Action == "evaluation.soumise" && x.ObjetId == dossierId.ToString())));
        var apres = await EigWebFactory.GetDocumentAsync(client, url);
        Assert.Contains(apres.QuerySelectorAll(".fr-alert--success"), a => a.TextContent.Contains("Votre évaluation est soumise : elle ne peut plus être modifiée."));
        Assert.Contains(apres.QuerySelectorAll(".fr-alert--success"), a => a.TextContent.Contains("Évaluation soumise"));
        Assert.Null(apres.QuerySelector("form[action*='handler=Soumettre']"));
    }

    [Fact]
    public async Task Confirm_AfterTheDraftChangedInAnotherTab_SubmitsNothing()
    {
        var (dossierId, grilleId) = await DossierEnInstructionAsync();
        var (client, _, aff) = await EvaluateurAsync(dossierId, grilleId);
        var url = $"/evaluation/dossiers/{aff}";
        var r = await EigWebFactory.PostFormAsync(client, url, Notes(4, 3, "Favorable", true));
        var confirmation = await EigWebFactory.GetDocumentAsync(client, r.Headers.Location!.OriginalString);
        await EigWebFactory.PostFormAsync(client, url, Notes(1, 1, "Defavorable", false));   // another tab

        var champs = new Dictionary<string, string>
        {
            ["Input.Version"] = confirmation.QuerySelector("form[action*='handler=Soumettre'] input[name='Input.Version']")!.GetAttribute("value")!,
            [EigWebFactory.AntiforgeryField] = confirmation.QuerySelector($"input[name='{EigWebFactory.AntiforgeryField}']")!.GetAttribute("value")!,
        };
        var soumettre = await client.PostAsync($"{url}?handler=Soumettre", new FormUrlEncodedContent(champs));

        Assert.Equal(HttpStatusCode.Redirect, soumettre.StatusCode);
        var e = await _f.WithDbAsync(db => db.Evaluations.Include(x => x.Notes).SingleAsync(x => x.AffectationId == aff));
        Assert.Equal(EtatEvaluation.Brouillon, e.Etat);
        Assert.All(e.Notes, n => Assert.Equal(1, n.Note));
    }

    [Fact]
    public async Task Post_Draft_IsKeptAndStillEditable()
    {
        var (dossierId, grilleId) = await DossierEnInstructionAsync();
        var (client, _, aff) = await EvaluateurAsync(dossierId, grilleId);
        var url = $"/evaluation/dossiers/{aff}";

        var r = await EigWebFactory.PostFormAsync(client, url, new Dictionary<string, string> { ["Input.Notes[0].Note"] = "4", ["Input.Soumettre"] = "false" });

        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var e = await _f.WithDbAsync(db => db.Evaluations.Include(x => x.Notes).SingleAsync(x => x.AffectationId == aff));
        Assert.Equal(EtatEvaluation.Brouillon, e.Etat);
        Assert.Contains(e.Notes, n => n.Note == 4);
        var doc = await EigWebFactory.GetDocumentAsync(client, url);
        Assert.NotNull(doc.QuerySelector("input[name='Input.Notes[0].Note'][value='4'][checked]"));
    }

    [Fact]
    public async Task Post_SubmitIncomplete_ShowsErrorsNextToCriteria()
    {
        var (dossierId, grilleId) = await DossierEnInstructionAsync();
        var (client, _, aff) = await EvaluateurAsync(dossierId, grilleId);

        var r = await EigWebFactory.PostFormAsync(client, $"/evaluation/dossiers/{aff}", new Dictionary<string, string> { ["Input.Notes[0].Note"] = "4", ["Input.Soumettre"] = "true" });

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var text = (await EigWebFactory.ParseAsync(r)).Body!.TextContent;
        Assert.Contains("Notez le critère « Critère 2 »", text);
        Assert.Contains("Indiquez votre recommandation", text);
        Assert.False(await _f.WithDbAsync(db => db.Evaluations.AnyAsync(x => x.AffectationId == aff)));
    }

    [Theory]
    [InlineData("9")]
    [InlineData("0")]
    [InlineData("abc")]
    public async Task Post_ScoreOutOfScale_ShowsError(string note)
    {
        var (dossierId, grilleId) = await DossierEnInstructionAsync();
        var (client, _, aff) = await EvaluateurAsync(dossierId, grilleId);

        var r = await EigWebFactory.PostFormAsync(client, $"/evaluation/dossiers/{aff}", new Dictionary<string, string> { ["Input.Notes[0].Note"] = note, ["Input.Soumettre"] = "false" });

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("entre 1 et 5", (await EigWebFactory.ParseAsync(r)).QuerySelector(".fr-message--error")!.TextContent);
    }

    [Fact]
    public async Task Submitted_IsLockedAndAntiAnchoringHoldsUntilOwnSubmission()
    {
        var (dossierId, grilleId) = await DossierEnInstructionAsync();
        var (clientA, _, affA) = await EvaluateurAsync(dossierId, grilleId);
        var (clientB, _, affB) = await EvaluateurAsync(dossierId, grilleId);

        var ra = await EvaluationKit.SoumettreAsync(clientA, $"/evaluation/dossiers/{affA}", Notes(5, 5, "Favorable", true, "commentaire-de-A"));
        Assert.Equal(HttpStatusCode.Redirect, ra.StatusCode);

        // B has not submitted: nothing of A's review shows.
        var avant = await (await clientB.GetAsync($"/evaluation/dossiers/{affB}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("commentaire-de-A", avant);
        Assert.DoesNotContain("Les autres évaluations", avant);

        await EvaluationKit.SoumettreAsync(clientB, $"/evaluation/dossiers/{affB}", Notes(2, 3, "Reservee", true, "commentaire-de-B"));
        var apres = await (await clientB.GetAsync($"/evaluation/dossiers/{affB}")).Content.ReadAsStringAsync();
        Assert.Contains("commentaire-de-A", apres);

        // A's submitted review is locked: a new post changes nothing.
        var token = (await EigWebFactory.GetDocumentAsync(clientA, $"/evaluation/dossiers/{affA}"))
            .QuerySelector($"input[name='{EigWebFactory.AntiforgeryField}']")!.GetAttribute("value")!;
        var champs = Notes(1, 1, "Defavorable", false);
        champs[EigWebFactory.AntiforgeryField] = token;
        await clientA.PostAsync($"/evaluation/dossiers/{affA}", new FormUrlEncodedContent(champs));
        var notesA = await _f.WithDbAsync(db => db.NotesCriteres.Where(n => db.Evaluations.Any(e => e.Id == n.EvaluationId && e.AffectationId == affA)).Select(n => n.Note).ToListAsync());
        Assert.All(notesA, n => Assert.Equal(5, n));
    }

    [Fact]
    public async Task TwoEvaluatorsSavingAtOnce_LoseNothing()
    {
        var (dossierId, grilleId) = await DossierEnInstructionAsync();
        var (clientA, _, affA) = await EvaluateurAsync(dossierId, grilleId);
        var (clientB, _, affB) = await EvaluateurAsync(dossierId, grilleId);

        await Task.WhenAll(
            EigWebFactory.PostFormAsync(clientA, $"/evaluation/dossiers/{affA}", Notes(4, 4, "Favorable", false)),
            EigWebFactory.PostFormAsync(clientB, $"/evaluation/dossiers/{affB}", Notes(2, 2, "Reservee", false)));

        var notes = await _f.WithDbAsync(db => db.Evaluations.Include(e => e.Notes).ToListAsync());
        Assert.Equal(2, notes.Count);
        Assert.Contains(notes, e => e.AffectationId == affA && e.Notes.All(n => n.Note == 4));
        Assert.Contains(notes, e => e.AffectationId == affB && e.Notes.All(n => n.Note == 2));
    }

    [Fact]
    public async Task FourEvaluatorsSubmittingAtOnce_TheDossierSummaryCountsEachReview()
    {
        var (dossierId, grilleId) = await DossierEnInstructionAsync();
        var evaluateurs = new List<(HttpClient Client, Guid Aff, int Note)>();
        foreach (var note in new[] { 5, 3, 4, 2 })
        {
            var (client, _, aff) = await EvaluateurAsync(dossierId, grilleId);
            evaluateurs.Add((client, aff, note));
        }

        var reponses = await Task.WhenAll(evaluateurs.Select(e =>
            EvaluationKit.SoumettreAsync(e.Client, $"/evaluation/dossiers/{e.Aff}", Notes(e.Note, e.Note, "Favorable", true))));

        Assert.All(reponses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        // Each submission, in its own transaction, recomputed the summary after the others' commits: none is lost.
        var d = await _f.WithDbAsync(db => db.DossiersProjets.SingleAsync(x => x.Id == dossierId));
        Assert.Equal(4, d.EvaluationsSoumises);
        Assert.Equal(3.5, d.NoteMoyenne!.Value, 9);
        Assert.Equal(3.5, d.NoteMediane!.Value, 9);
    }

    [Fact]
    public async Task SavingADraft_LeavesTheSummary_SubmittingCountsIt()
    {
        var (dossierId, grilleId) = await DossierEnInstructionAsync();
        var (client, _, aff) = await EvaluateurAsync(dossierId, grilleId);
        var url = $"/evaluation/dossiers/{aff}";

        await EigWebFactory.PostFormAsync(client, url, Notes(4, 2, "Reservee", false));
        var brouillon = await _f.WithDbAsync(db => db.DossiersProjets.SingleAsync(x => x.Id == dossierId));
        Assert.Equal((0, (double?)null, (double?)null), (brouillon.EvaluationsSoumises, brouillon.NoteMoyenne, brouillon.NoteMediane));

        await EvaluationKit.SoumettreAsync(client, url, Notes(4, 2, "Reservee", true));
        var soumis = await _f.WithDbAsync(db => db.DossiersProjets.SingleAsync(x => x.Id == dossierId));
        Assert.Equal((1, (double?)3.0, (double?)3.0), (soumis.EvaluationsSoumises, soumis.NoteMoyenne, soumis.NoteMediane));
    }

    [Fact]
    public async Task Post_StaleVersionFromAnotherTab_IsRefusedWithoutOverwriting()
    {
        var (dossierId, grilleId) = await DossierEnInstructionAsync();
        var (client, _, aff) = await EvaluateurAsync(dossierId, grilleId);
        var url = $"/evaluation/dossiers/{aff}";
        await EigWebFactory.PostFormAsync(client, url, Notes(3, 3, "Favorable", false));
        var ancienne = await EigWebFactory.GetDocumentAsync(client, url);   // tab 1 opens the draft
        await EigWebFactory.PostFormAsync(client, url, Notes(4, 4, "Favorable", false));   // tab 2 saves

        var champs = Notes(1, 1, "Defavorable", false);
        champs["Input.Version"] = ancienne.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!;
        champs[EigWebFactory.AntiforgeryField] = ancienne.QuerySelector($"input[name='{EigWebFactory.AntiforgeryField}']")!.GetAttribute("value")!;
        var r = await client.PostAsync(url, new FormUrlEncodedContent(champs));

        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var notes = await _f.WithDbAsync(db => db.NotesCriteres.Select(n => n.Note).ToListAsync());
        Assert.All(notes, n => Assert.Equal(4, n));
    }

    [Fact]
    public async Task Conflict_UnassignsAndRecordsAndThenIs404()
    {
        var (dossierId, grilleId) = await DossierEnInstructionAsync();
        var (client, user, aff) = await EvaluateurAsync(dossierId, grilleId);

        var vide = await EigWebFactory.PostFormAsync(client, $"/evaluation/dossiers/{aff}", new Dictionary<string, string> { ["MotifConflit"] = "" }, handler: "Conflit");
        Assert.Equal(HttpStatusCode.BadRequest, vide.StatusCode);

        var r = await EigWebFactory.PostFormAsync(client, $"/evaluation/dossiers/{aff}", new Dictionary<string, string> { ["MotifConflit"] = "Ancien collègue du sponsor" }, handler: "Conflit");

        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var a = await _f.WithDbAsync(db => db.Affectations.SingleAsync(x => x.Id == aff));
        Assert.Equal(EtatAffectation.Conflit, a.Etat);
        Assert.Equal("Ancien collègue du sponsor", a.MotifConflit);
        Assert.True(await _f.WithDbAsync(db => db.Audit.AnyAsync(x => x.Action == "evaluation.conflit-interets" && x.ActeurId == user.Id)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/evaluation/dossiers/{aff}")).StatusCode);
        Assert.DoesNotContain(aff.ToString(), await (await client.GetAsync("/evaluation")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_OtherEvaluatorsAssignment_Is404()
    {
        var (dossierId, grilleId) = await DossierEnInstructionAsync();
        var (_, _, affA) = await EvaluateurAsync(dossierId, grilleId);
        var (clientB, _, _) = await EvaluateurAsync(dossierId, grilleId);

        Assert.Equal(HttpStatusCode.NotFound, (await clientB.GetAsync($"/evaluation/dossiers/{affA}")).StatusCode);
    }

    [Fact]
    public async Task Get_Index_ListsOnlyMyActiveAssignments()
    {
        var (dossierId, grilleId) = await DossierEnInstructionAsync();
        var (clientA, _, affA) = await EvaluateurAsync(dossierId, grilleId);
        var (_, _, affB) = await EvaluateurAsync(dossierId, grilleId);

        var html = await (await clientA.GetAsync("/evaluation")).Content.ReadAsStringAsync();

        Assert.Contains(affA.ToString(), html);
        Assert.DoesNotContain(affB.ToString(), html);
    }
}
