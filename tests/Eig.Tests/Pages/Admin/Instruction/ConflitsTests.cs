using System.Net;
using Eig.Tests.Support;
using Eig.Web.AppelsAProjets;
using Eig.Web.Comptes;
using Eig.Web.Evaluations;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.Admin.Instruction;

/// <summary>Conflicts of interest found before an assignment, and staff told when an evaluator declares one.</summary>
public class ConflitsTests : IAsyncLifetime
{
    private readonly EigWebFactory _f = new();
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _f.DisposeAsync();

    [Fact]
    public async Task EvaluateurDeLAdministration_Signale_AffecteSeulementAvecUnMotif()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var porteur = await _f.CreateUserAsync(Roles.Porteur, email: "porteuse@interieur.gouv.fr");
        var d = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, puis: x => { x.Administration = "Ministère de l'Intérieur"; x.CommencerInstruction(Guid.NewGuid(), DateTime.UtcNow); });
        var proche = await _f.CreateUserAsync(Roles.Evaluateur, email: "collegue@interieur.gouv.fr");
        var libre = await _f.CreateUserAsync(Roles.Evaluateur);
        var staff = await _f.CreateUserAsync(Roles.Staff);
        var client = _f.NewClient();
        await _f.SignInAsAsync(client, staff);
        var fiche = $"/admin/dossiers/{d.Id}";

        var page = await EigWebFactory.GetDocumentAsync(client, fiche);
        var option = page.QuerySelectorAll("select[name='EvaluateurId'] option").Single(o => o.GetAttribute("value") == proche.Id.ToString());
        Assert.Contains("conflit possible : même domaine de messagerie que le porteur du dossier (interieur.gouv.fr)", option.TextContent);
        var suggestion = page.QuerySelectorAll("p").First(p => p.TextContent.StartsWith("Suggestion")).TextContent;
        Assert.Contains(libre.Email, suggestion);
        Assert.DoesNotContain(proche.Email, suggestion);
        Assert.Equal(libre.Id.ToString(), page.QuerySelector("select[name='EvaluateurId'] option[selected]")?.GetAttribute("value"));

        var sansMotif = await EigWebFactory.PostFormAsync(client, fiche, new Dictionary<string, string> { ["EvaluateurId"] = proche.Id.ToString() }, handler: "Affecter");
        Assert.Equal(HttpStatusCode.BadRequest, sansMotif.StatusCode);
        EigWebFactory.AssertHasError(await EigWebFactory.ParseAsync(sansMotif), "MotifConflit", "Conflit d'intérêts possible");
        Assert.False(await _f.WithDbAsync(db => db.Affectations.AnyAsync(a => a.ObjetId == d.Id)));

        var avecMotif = await EigWebFactory.PostFormAsync(client, fiche,
            new Dictionary<string, string> { ["EvaluateurId"] = proche.Id.ToString(), ["MotifConflit"] = "Service différent, seul expert du sujet" }, handler: "Affecter");
        Assert.Equal(HttpStatusCode.Redirect, avecMotif.StatusCode);
        Assert.True(await _f.WithDbAsync(db => db.Affectations.AnyAsync(a => a.ObjetId == d.Id && a.EvaluateurId == proche.Id)));
        var ligne = await _f.WithDbAsync(db => db.Audit.SingleAsync(a => a.Action == "dossier.affecter"));
        Assert.Contains("malgré un conflit possible", ligne.Details);
        Assert.Contains("seul expert du sujet", ligne.Details);
    }

    [Fact]
    public async Task ConflitDeclare_LEquipeEstPrevenue_ParCourrielEtSurLAccueil()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var d = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, puis: x => x.CommencerInstruction(Guid.NewGuid(), DateTime.UtcNow));
        var staff = await _f.CreateUserAsync(Roles.Staff);
        var autreStaff = await _f.CreateUserAsync(Roles.Staff);
        var evaluateur = await _f.CreateUserAsync(Roles.Evaluateur);
        var client = _f.NewClient();
        await _f.SignInAsAsync(client, staff);
        Assert.Equal(HttpStatusCode.Redirect, (await EigWebFactory.PostFormAsync(client, $"/admin/dossiers/{d.Id}",
            new Dictionary<string, string> { ["EvaluateurId"] = evaluateur.Id.ToString() }, handler: "Affecter")).StatusCode);
        var aff = await _f.WithDbAsync(db => db.Affectations.Where(a => a.ObjetId == d.Id).Select(a => a.Id).SingleAsync());

        var clientEvaluateur = _f.NewClient();
        await _f.SignInAsAsync(clientEvaluateur, evaluateur);
        var r = await EigWebFactory.PostFormAsync(clientEvaluateur, $"/evaluation/dossiers/{aff}", new Dictionary<string, string> { ["MotifConflit"] = "Ancienne collègue du sponsor" }, handler: "Conflit");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);

        var mails = await _f.ReadMailsAsync();
        var mail = Assert.Single(mails, m => m.Subject.StartsWith("Conflit d'intérêts déclaré"));
        Assert.Equal(staff.Email, mail.To);           // who assigned them; not the whole team
        Assert.Contains(d.Reference, mail.Subject);
        Assert.DoesNotContain(mails, m => m.To == autreStaff.Email && m.Subject.StartsWith("Conflit"));
        var accueil = await EigWebFactory.GetDocumentAsync(client, "/admin");
        var lien = accueil.QuerySelectorAll("a").First(a => a.GetAttribute("href") == $"/admin/dossiers/{d.Id}" && a.TextContent.Contains("Camille Test"));
        Assert.Contains(d.Reference, lien.TextContent);
        Assert.Contains("1\u00a0conflit d'intérêts déclaré", accueil.Body!.TextContent);
    }
}
