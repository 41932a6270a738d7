using System.Net;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Eig.Web.AppelsAProjets;
using Eig.Web.Evaluations;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.Admin.Dossiers;

public class InstructionTests : IAsyncLifetime
{
    private readonly EigWebFactory _f = new();
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _f.DisposeAsync();

    private async Task<HttpClient> StaffAsync()
    {
        var client = _f.NewClient();
        await _f.SignInAsAsync(client, await _f.CreateUserAsync(Roles.Staff));
        return client;
    }

    [Fact]
    public async Task Post_Instruire_MovesAndRecordsAndMailsThePorteur()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var d = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id);
        var client = await StaffAsync();

        var r = await EigWebFactory.PostFormAsync(client, $"/admin/dossiers/{d.Id}", new Dictionary<string, string> { ["Input.Action"] = "instruire" }, handler: "Statut");

        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var stored = await _f.WithDbAsync(db => db.DossiersProjets.Include(x => x.Historique).SingleAsync(x => x.Id == d.Id));
        Assert.Equal(EtatDossier.EnInstruction, stored.Etat);
        Assert.Equal(2, stored.Historique.Count);
        Assert.True(await _f.WithDbAsync(db => db.Audit.AnyAsync(a => a.Action == "dossier.instruire" && a.ObjetId == d.Id.ToString())));
        Assert.Contains(await _f.ReadMailsAsync(), m => m.To == porteur.Email && m.Subject.Contains("En instruction"));
    }

    [Fact]
    public async Task Post_PreselectWithoutReason_ShowsErrorAndChangesNothing()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var d = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, puis: x => x.CommencerInstruction(Guid.NewGuid(), DateTime.UtcNow));
        var client = await StaffAsync();

        var r = await EigWebFactory.PostFormAsync(client, $"/admin/dossiers/{d.Id}",
            new Dictionary<string, string> { ["Input.Action"] = "preselectionner", ["Input.Motif"] = "  " }, handler: "Statut");

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("Indiquez le motif", (await EigWebFactory.ParseAsync(r)).Body!.TextContent);
        Assert.Equal(EtatDossier.EnInstruction, await _f.WithDbAsync(db => db.DossiersProjets.Where(x => x.Id == d.Id).Select(x => x.Etat).SingleAsync()));
    }

    [Fact]
    public async Task Post_IllegalMove_IsRefused()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var d = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id);   // only "déposé"
        var client = await StaffAsync();

        var r = await EigWebFactory.PostFormAsync(client, $"/admin/dossiers/{d.Id}",
            new Dictionary<string, string> { ["Input.Action"] = "preselectionner", ["Input.Motif"] = "raccourci" }, handler: "Statut");

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal(EtatDossier.Depose, await _f.WithDbAsync(db => db.DossiersProjets.Where(x => x.Id == d.Id).Select(x => x.Etat).SingleAsync()));
    }

    [Fact]
    public async Task Post_Affecter_SuggestsLeastLoadedAndMailsTheEvaluator()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var d = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, puis: x => x.CommencerInstruction(Guid.NewGuid(), DateTime.UtcNow));
        var charge = await _f.CreateUserAsync(Roles.Evaluateur);
        var libre = await _f.CreateUserAsync(Roles.Evaluateur);
        var autre = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id);
        await _f.WithDbAsync(async db =>
        {
            db.Affectations.Add(Affectation.Creer(ObjetsEvalues.DossierProjet, autre.Id, appel.GrilleId!.Value, charge.Id, null, DateTime.UtcNow, 21));
            await db.SaveChangesAsync();
        });
        var client = await StaffAsync();

        var page = await EigWebFactory.GetDocumentAsync(client, $"/admin/dossiers/{d.Id}");
        Assert.Equal(libre.Id.ToString(), page.QuerySelector("select[name='EvaluateurId'] option[selected]")!.GetAttribute("value"));

        var r = await EigWebFactory.PostFormAsync(client, $"/admin/dossiers/{d.Id}", new Dictionary<string, string> { ["EvaluateurId"] = libre.Id.ToString() }, handler: "Affecter");

        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var aff = await _f.WithDbAsync(db => db.Affectations.SingleAsync(a => a.ObjetId == d.Id));
        Assert.Equal(libre.Id, aff.EvaluateurId);
        Assert.Equal(21, (aff.DateLimite!.Value - aff.AffecteLe).Days);
        // The mail opens this dossier's review itself, not the list; the review is on the evaluator's home.
        var mail = Assert.Single(await _f.ReadMailsAsync(), m => m.To == libre.Email);
        Assert.StartsWith("http", mail.Link($"/evaluation/dossiers/{aff.Id}"));
        var evaluateur = _f.NewClient();
        await _f.SignInAsAsync(evaluateur, libre);
        Assert.NotNull((await EigWebFactory.GetDocumentAsync(evaluateur, "/evaluation")).QuerySelector($"main a[href='/evaluation/dossiers/{aff.Id}']"));
    }

    [Fact]
    public async Task Post_Preselectionner_MailsThePorteurTheBookingLink()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var d = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, puis: x => x.CommencerInstruction(Guid.NewGuid(), DateTime.UtcNow));
        await _f.WithDbAsync(async db =>
        {
            db.CreneauxSoutenance.Add(new CreneauSoutenance { AppelId = appel.Id, Debut = DateTime.UtcNow.AddDays(9), Lieu = "Visioconférence" });
            await db.SaveChangesAsync();
        });
        var client = await StaffAsync();

        var r = await EigWebFactory.PostFormAsync(client, $"/admin/dossiers/{d.Id}",
            new Dictionary<string, string> { ["Input.Action"] = "preselectionner", ["Input.Motif"] = "Un terrain prêt" }, handler: "Statut");

        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var mail = Assert.Single(await _f.ReadMailsAsync(), m => m.To == porteur.Email);
        Assert.Contains("réservez votre soutenance", mail.Subject + mail.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Motif : Un terrain prêt", mail.Text);
        var lien = mail.Link($"/espace-porteur/dossiers/{d.Id}/soutenance");
        Assert.StartsWith("http", lien);
        // The link opens the booking page for the porteur, and their home says so too.
        var porteurClient = _f.NewClient();
        await _f.SignInAsAsync(porteurClient, porteur);
        Assert.Equal(HttpStatusCode.OK, (await porteurClient.GetAsync(new Uri(lien!).PathAndQuery)).StatusCode);
        var accueil = await EigWebFactory.GetDocumentAsync(porteurClient, "/espace-porteur/dossiers");
        Assert.NotNull(accueil.QuerySelector($"section[aria-labelledby=a-faire] a[href='/espace-porteur/dossiers/{d.Id}/soutenance']"));
    }

    [Fact]
    public async Task Get_Draft_IsNotVisibleToStaff()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var d = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, deposer: false);
        var client = await StaffAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/admin/dossiers/{d.Id}")).StatusCode);
    }

    [Fact]
    public async Task Get_AsEvaluator_IsRefused()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var d = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id);
        var client = _f.NewClient();
        await _f.SignInAsAsync(client, await _f.CreateUserAsync(Roles.Evaluateur));

        Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync($"/admin/dossiers/{d.Id}")).StatusCode);
    }
}
