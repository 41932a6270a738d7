using System.Net;
using Eig.Tests.Pages.Candidatures;
using Eig.Tests.Support;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.Admin.Instruction;

/// <summary>Bulk actions from the staff lists: a confirmation with the count, then each item through the rules it
/// meets one by one; refusals listed with their reason; one audit line per item and one for the batch.</summary>
public class LotTests : IAsyncLifetime
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
    public async Task Instruire_DepuisLaListe_ConfirmeAppliqueEtListeLesRefus()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var a = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id);
        var b = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id);
        var deja = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, puis: x => x.CommencerInstruction(Guid.NewGuid(), DateTime.UtcNow));
        var client = await StaffAsync();
        var liste = await EigWebFactory.GetDocumentAsync(client, "/admin");
        Assert.NotNull(liste.QuerySelector("a[href='/admin/dossiers']"));

        // Two boxes checked on the list (the form sends them as "ids"), then "Vérifier avant d'appliquer".
        var preparer = await client.PostAsync("/admin/lot/dossiers?handler=Preparer", await FormulaireAsync(client, "/admin/dossiers",
            [("ids", a.Id.ToString()), ("ids", b.Id.ToString()), ("ids", deja.Id.ToString()), ("Input.Action", "instruire")]));
        Assert.Equal(HttpStatusCode.OK, preparer.StatusCode);
        var confirmation = await EigWebFactory.ParseAsync(preparer);
        Assert.Contains("Vous allez commencer l'instruction de 3\u00a0dossiers.", confirmation.Body!.TextContent);
        Assert.Equal(EtatDossier.Depose, await EtatAsync(a.Id));   // nothing yet

        var appliquer = await client.PostAsync("/admin/lot/dossiers?handler=Appliquer", ChampsDe(confirmation, "Appliquer"));
        var resultat = await EigWebFactory.ParseAsync(appliquer);

        Assert.Contains("2\u00a0éléments traités sur 3", resultat.Body!.TextContent);
        var refus = resultat.QuerySelectorAll("tbody tr").Select(tr => tr.TextContent).ToList();
        Assert.Single(refus);
        Assert.Contains(deja.Reference, refus[0]);
        Assert.Contains("ne peut pas entrer en instruction", refus[0]);
        Assert.Equal(EtatDossier.EnInstruction, await EtatAsync(a.Id));
        Assert.Equal(EtatDossier.EnInstruction, await EtatAsync(b.Id));
        var audit = await _f.WithDbAsync(db => db.Audit.Where(x => x.Action == "dossier.instruire" || x.Action == "lot.instruire").ToListAsync());
        Assert.Equal(2, audit.Count(x => x.Action == "dossier.instruire"));
        Assert.Contains("2\u00a0appliqués sur 3, 1\u00a0refusé", Assert.Single(audit, x => x.Action == "lot.instruire").Details);
        Assert.Equal(2, (await _f.ReadMailsAsync()).Count(m => m.To == porteur.Email && m.Subject.Contains("En instruction")));
    }

    [Fact]
    public async Task NonRetenuSansMotif_MessageSurLeChamp_RienNeChange()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var a = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, puis: x => x.CommencerInstruction(Guid.NewGuid(), DateTime.UtcNow));
        var client = await StaffAsync();

        var r = await client.PostAsync("/admin/lot/dossiers?handler=Preparer", await FormulaireAsync(client, "/admin/dossiers",
            [("ids", a.Id.ToString()), ("Input.Action", "non-retenu"), ("Input.Motif", " ")]));

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        EigWebFactory.AssertHasError(await EigWebFactory.ParseAsync(r), "Input.Motif", "Indiquez le motif");
        var rien = await client.PostAsync("/admin/lot/dossiers?handler=Appliquer", await FormulaireAsync(client, "/admin/dossiers", [("Input.Action", "instruire")]));
        Assert.Equal(HttpStatusCode.BadRequest, rien.StatusCode);
        EigWebFactory.AssertHasError(await EigWebFactory.ParseAsync(rien), "", "Cochez au moins un dossier de la liste.");
        Assert.Equal(EtatDossier.EnInstruction, await EtatAsync(a.Id));
        Assert.False(await _f.WithDbAsync(db => db.Audit.AnyAsync(x => x.Action.StartsWith("lot."))));
    }

    [Fact]
    public async Task ToutSelectionner_PorteSurTousLesDossiersDuFiltre_EtiquetteEnLot()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++) ids.Add((await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id)).Id);
        var client = await StaffAsync();
        await EigWebFactory.PostFormAsync(client, "/admin/etiquettes", new Dictionary<string, string> { ["Input.Nom"] = "Lot", ["Input.Couleur"] = "green-menthe" }, handler: "Enregistrer");
        var etiquette = await _f.WithDbAsync(db => db.Etiquettes.Select(e => e.Id).SingleAsync());

        var page = await EigWebFactory.GetDocumentAsync(client, "/admin/dossiers");
        var tout = page.QuerySelectorAll("a").First(x => x.TextContent.StartsWith("Tout sélectionner"));
        var selection = await EigWebFactory.GetDocumentAsync(client, tout.GetAttribute("href")!);
        Assert.Contains("Les 3\u00a0dossiers du filtre sont sélectionnés.", selection.Body!.TextContent);
        Assert.All(selection.QuerySelectorAll("input[name='ids']"), c => Assert.True(c.HasAttribute("checked")));

        var preparer = await client.PostAsync("/admin/lot/dossiers?handler=Preparer", await FormulaireAsync(client, tout.GetAttribute("href")!,
            [("Input.Action", "etiqueter"), ("Input.EtiquetteId", etiquette.ToString())], garderCoches: false));
        var confirmation = await EigWebFactory.ParseAsync(preparer);
        Assert.Contains("Vous allez ajouter l'étiquette choisie à 3\u00a0dossiers.", confirmation.Body!.TextContent);
        await client.PostAsync("/admin/lot/dossiers?handler=Appliquer", ChampsDe(confirmation, "Appliquer"));

        Assert.Equal(ids.Order(), (await _f.WithDbAsync(db => db.EtiquettesPosees.Select(p => p.DossierId!.Value).ToListAsync())).Order());
        Assert.Equal(3, await _f.WithDbAsync(db => db.Audit.CountAsync(x => x.Action == "etiquette.poser")));
    }

    [Fact]
    public async Task Candidatures_VivierEnLot_LaDeposeeEstRefusee()
    {
        var appel = await _f.AppelOuvertAsync();
        var entretien = await _f.CandidatureAsync(appel, await _f.CreateUserAsync(Roles.Candidat), EtatCandidature.PremierEntretien, prenom: "Inès");
        var deposee = await _f.CandidatureAsync(appel, await _f.CreateUserAsync(Roles.Candidat), prenom: "Paul");
        var client = await StaffAsync();

        var preparer = await client.PostAsync("/admin/lot/candidatures?handler=Preparer", await FormulaireAsync(client, "/admin/candidatures",
            [("ids", entretien.ToString()), ("ids", deposee.ToString()), ("Input.Action", "vivier")]));
        var confirmation = await EigWebFactory.ParseAsync(preparer);
        Assert.Contains("Vous allez faire entrer dans le vivier 2\u00a0candidatures.", confirmation.Body!.TextContent);
        var resultat = await EigWebFactory.ParseAsync(await client.PostAsync("/admin/lot/candidatures?handler=Appliquer", ChampsDe(confirmation, "Appliquer")));

        Assert.Contains("Paul Martin", Assert.Single(resultat.QuerySelectorAll("tbody tr")).TextContent);
        Assert.Equal(EtatCandidature.Vivier, await _f.WithDbAsync(db => db.Candidatures.Where(c => c.Id == entretien).Select(c => c.Etat).SingleAsync()));
        Assert.Equal(EtatCandidature.Deposee, await _f.WithDbAsync(db => db.Candidatures.Where(c => c.Id == deposee).Select(c => c.Etat).SingleAsync()));
        Assert.True(await _f.WithDbAsync(db => db.Audit.AnyAsync(x => x.Action == "candidature.vivier" && x.ObjetId == entretien.ToString())));
    }

    [Theory]
    [InlineData(Roles.Porteur)]
    [InlineData(Roles.Evaluateur)]
    public async Task NonEquipe_Refuse(string role)
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var a = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id);
        var intrus = _f.NewClient();
        await _f.SignInAsAsync(intrus, await _f.CreateUserAsync(role));

        var r = await intrus.PostAsync("/admin/lot/dossiers?handler=Appliquer", new FormUrlEncodedContent([new("Selection", a.Id.ToString()), new("Input.Action", "instruire")]));

        Assert.True(r.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest or HttpStatusCode.Redirect, r.StatusCode.ToString());
        Assert.Equal(EtatDossier.Depose, await EtatAsync(a.Id));
    }

    private Task<EtatDossier> EtatAsync(Guid id) => _f.WithDbAsync(db => db.DossiersProjets.Where(d => d.Id == id).Select(d => d.Etat).SingleAsync());

    /// <summary>The list's bulk form as a browser sends it: its hidden fields and token, the boxes given checked.</summary>
    private static async Task<FormUrlEncodedContent> FormulaireAsync(HttpClient client, string liste, (string, string)[] champs, bool garderCoches = true)
    {
        var doc = await EigWebFactory.GetDocumentAsync(client, liste);
        var form = doc.QuerySelectorAll("form").First(f => (f.GetAttribute("action") ?? "").Contains("/admin/lot/"));
        var valeurs = form.QuerySelectorAll("input[type='hidden']").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? "")).ToList();
        if (!garderCoches) valeurs.RemoveAll(v => v.Key == "ids");
        valeurs.AddRange(champs.Select(c => new KeyValuePair<string, string>(c.Item1, c.Item2)));
        return new FormUrlEncodedContent(valeurs);
    }

    private static FormUrlEncodedContent ChampsDe(AngleSharp.Dom.IDocument doc, string handler)
    {
        var form = doc.QuerySelectorAll("form").First(f => (f.GetAttribute("action") ?? "").Contains($"handler={handler}"));
        return new FormUrlEncodedContent(form.QuerySelectorAll("input[type='hidden']").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? "")));
    }
}
