using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Eig.Tests.Pages.Candidatures;
using Eig.Tests.Support;
using Eig.Web.AppelsAProjets;
using Eig.Web.Comptes;
using Eig.Web.Evaluations;
using Eig.Web.Infrastructure.Formats;
using Eig.Web.Instruction;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.Admin.Instruction;

/// <summary>Staff follow, hand over, label and annotate dossiers and candidatures, clicking from the back office's
/// home; the notes never reach the porteur, the candidate or an evaluator.</summary>
public class SuiviTests : IAsyncLifetime
{
    private readonly EigWebFactory _f = new();
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _f.DisposeAsync();

    private static Dictionary<string, string> Champs(params (string K, string V)[] c) => c.ToDictionary(x => x.K, x => x.V);

    /// <summary>Follows the link whose text contains <paramref name="texte"/> on <paramref name="page"/>.</summary>
    private static async Task<(IDocument Doc, string Url)> CliquerAsync(HttpClient client, string page, string texte)
    {
        var doc = await EigWebFactory.GetDocumentAsync(client, page);
        var lien = doc.QuerySelectorAll<IHtmlAnchorElement>("a[href]").FirstOrDefault(a => a.TextContent.Contains(texte, StringComparison.Ordinal));
        Assert.True(lien is not null, $"Pas de lien « {texte} » sur {page}");
        var url = LinkCheckerTests.Interne(lien!.GetAttribute("href")!, page)!;
        return (await EigWebFactory.GetDocumentAsync(client, url), url);
    }

    private async Task<(HttpClient Staff, TestUser Moi, DossierProjet Dossier, TestUser Porteur)> DossierAsync()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var d = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, puis: x => x.Titre = "Cadastre des haies");
        var moi = await _f.CreateUserAsync(Roles.Staff);
        var client = _f.NewClient();
        await _f.SignInAsAsync(client, moi);
        return (client, moi, d, porteur);
    }

    private static async Task<string> DepuisLAccueilAsync(HttpClient client, DossierProjet d)
    {
        var (_, liste) = await CliquerAsync(client, "/admin", "Dossiers");
        var (_, fiche) = await CliquerAsync(client, liste, d.Reference);
        Assert.Equal($"/admin/dossiers/{d.Id}", fiche);
        return fiche;
    }

    private static async Task<List<string>> ReferencesAsync(HttpClient client, string url) =>
        (await EigWebFactory.GetDocumentAsync(client, url)).QuerySelectorAll("tbody td:first-child a").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task Suivre_PuisNePlusSuivre_FiltreLaListeEtAudite()
    {
        var (client, moi, d, _) = await DossierAsync();
        var fiche = await DepuisLAccueilAsync(client, d);

        Assert.Contains("Personne ne suit ce dossier", (await EigWebFactory.GetDocumentAsync(client, fiche)).Body!.TextContent);
        Assert.Contains(d.Reference, await ReferencesAsync(client, "/admin/dossiers?suivi=Personne"));
        Assert.DoesNotContain(d.Reference, await ReferencesAsync(client, "/admin/dossiers?suivi=Moi"));

        var r = await EigWebFactory.PostFormAsync(client, fiche, Champs(), handler: "Suivre");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Equal(fiche, r.Headers.Location!.OriginalString);
        var page = (await EigWebFactory.GetDocumentAsync(client, fiche)).Body!.TextContent;
        Assert.Contains($"Suivi par Camille Test ({moi.Email})", page);
        Assert.Contains(d.Reference, await ReferencesAsync(client, "/admin/dossiers?suivi=Moi"));
        Assert.DoesNotContain(d.Reference, await ReferencesAsync(client, "/admin/dossiers?suivi=Personne"));
        // The "Suivis par moi" tab of the list is a link, as is "À suivre".
        var (_, onglet) = await CliquerAsync(client, "/admin/dossiers", "Suivis par moi");
        Assert.Contains(d.Reference, await ReferencesAsync(client, onglet));

        Assert.Equal(HttpStatusCode.Redirect, (await EigWebFactory.PostFormAsync(client, fiche, Champs(), handler: "NePlusSuivre")).StatusCode);
        Assert.Contains(d.Reference, await ReferencesAsync(client, "/admin/dossiers?suivi=Personne"));
        var actions = await _f.WithDbAsync(db => db.Audit.Where(a => a.ObjetId == d.Id.ToString() && a.Action.StartsWith("suivi.")).Select(a => a.Action).ToListAsync());
        Assert.Equal(["suivi.suivre", "suivi.ne-plus-suivre"], actions.Order().Reverse().ToList());
    }

    [Fact]
    public async Task Transferer_AUnCollegueHomonyme_LeDesigneParSonAdresse()
    {
        var (client, moi, d, _) = await DossierAsync();
        var collegue = await _f.CreateUserAsync(Roles.Staff);     // also "Camille Test": the address tells them apart
        var evaluateur = await _f.CreateUserAsync(Roles.Evaluateur);
        var fiche = await DepuisLAccueilAsync(client, d);
        await EigWebFactory.PostFormAsync(client, fiche, Champs(), handler: "Suivre");

        var options = (await EigWebFactory.GetDocumentAsync(client, fiche)).QuerySelectorAll("select[name='VersId'] option").Select(o => o.TextContent).ToList();
        Assert.Contains($"Camille Test ({collegue.Email})", options);
        Assert.DoesNotContain(options, o => o.Contains(moi.Email) || o.Contains(evaluateur.Email));

        var r = await EigWebFactory.PostFormAsync(client, fiche, Champs(("VersId", collegue.Id.ToString())), handler: "Transferer");

        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var suiveurs = await _f.WithDbAsync(db => db.Suiveurs.Where(s => s.DossierId == d.Id).Select(s => s.UtilisateurId).ToListAsync());
        Assert.Equal([collegue.Id], suiveurs);
        Assert.True(await _f.WithDbAsync(db => db.Audit.AnyAsync(a => a.Action == "suivi.transferer" && a.ObjetId == d.Id.ToString() && a.Details!.Contains(collegue.Email))));
    }

    [Fact]
    public async Task Transferer_AUnEvaluateurOuSansPersonne_MessageSurLeChampEtRienNeChange()
    {
        var (client, _, d, _) = await DossierAsync();
        await _f.CreateUserAsync(Roles.Staff);
        var evaluateur = await _f.CreateUserAsync(Roles.Evaluateur);
        var fiche = await DepuisLAccueilAsync(client, d);

        var vide = await EigWebFactory.PostFormAsync(client, fiche, Champs(("VersId", "")), handler: "Transferer");
        Assert.Equal(HttpStatusCode.BadRequest, vide.StatusCode);
        EigWebFactory.AssertHasError(await EigWebFactory.ParseAsync(vide), "VersId", "Choisissez la personne de l'équipe");

        var intrus = await EigWebFactory.PostFormAsync(client, fiche, Champs(("VersId", evaluateur.Id.ToString())), handler: "Transferer");
        Assert.Equal(HttpStatusCode.BadRequest, intrus.StatusCode);
        EigWebFactory.AssertHasError(await EigWebFactory.ParseAsync(intrus), "VersId", "ne fait pas partie de l'équipe");
        Assert.False(await _f.WithDbAsync(db => db.Suiveurs.AnyAsync(s => s.DossierId == d.Id)));
    }

    [Fact]
    public async Task Etiquettes_CreeesDepuisLAdmin_PoseesFiltreesRetirees()
    {
        var (client, _, d, _) = await DossierAsync();
        var appel = await _f.WithDbAsync(db => db.DossiersProjets.Where(x => x.Id == d.Id).Select(x => x.AppelId).SingleAsync());
        var autre = await AapDonnees.DossierAsync(_f, appel, d.PorteurId);

        var (_, etiquettes) = await CliquerAsync(client, "/admin", "Étiquettes");
        Assert.Equal("/admin/etiquettes", etiquettes);
        var creee = await EigWebFactory.PostFormAsync(client, etiquettes, Champs(("Input.Nom", "Prioritaire"), ("Input.Couleur", "green-menthe")), handler: "Enregistrer");
        Assert.Equal(HttpStatusCode.Redirect, creee.StatusCode);
        var doublon = await EigWebFactory.PostFormAsync(client, etiquettes, Champs(("Input.Nom", "prioritaire"), ("Input.Couleur", "green-menthe")), handler: "Enregistrer");
        Assert.Equal(HttpStatusCode.BadRequest, doublon.StatusCode);
        EigWebFactory.AssertHasError(await EigWebFactory.ParseAsync(doublon), "Input.Nom", "Une étiquette « prioritaire » existe déjà.");
        var couleur = await EigWebFactory.PostFormAsync(client, etiquettes, Champs(("Input.Nom", "Autre"), ("Input.Couleur", "red")), handler: "Enregistrer");
        EigWebFactory.AssertHasError(await EigWebFactory.ParseAsync(couleur), "Input.Couleur", "Choisissez une couleur dans la liste.");
        var id = await _f.WithDbAsync(db => db.Etiquettes.Where(e => e.Nom == "Prioritaire").Select(e => e.Id).SingleAsync());
        Assert.Equal(1, await _f.WithDbAsync(db => db.Etiquettes.CountAsync()));

        var fiche = await DepuisLAccueilAsync(client, d);
        Assert.Equal(HttpStatusCode.Redirect, (await EigWebFactory.PostFormAsync(client, fiche, Champs(("EtiquetteId", id.ToString())), handler: "Etiqueter")).StatusCode);

        var tag = (await EigWebFactory.GetDocumentAsync(client, fiche)).QuerySelector("button.fr-tag--dismiss");
        Assert.Equal("Prioritaire", tag!.TextContent.Trim());
        Assert.Contains("fr-tag--green-menthe", tag.ClassName);
        var liste = await EigWebFactory.GetDocumentAsync(client, "/admin/dossiers");
        Assert.Contains("Prioritaire", liste.QuerySelectorAll("tbody tr").First(tr => tr.TextContent.Contains(d.Reference)).QuerySelector(".fr-tag")!.TextContent);
        Assert.Contains(liste.QuerySelectorAll("select[name='Etiquette'] option"), o => o.TextContent == "Prioritaire");
        Assert.Equal([d.Reference], await ReferencesAsync(client, $"/admin/dossiers?etiquette={id}"));
        var csv = await client.GetStringAsync($"/admin/dossiers?handler=Csv&etiquette={id}");
        Assert.Contains("Prioritaire", csv.Split("\r\n")[1]);

        Assert.Equal(HttpStatusCode.Redirect, (await EigWebFactory.PostFormAsync(client, fiche, Champs(("etiquetteId", id.ToString())), handler: "RetirerEtiquette")).StatusCode);
        Assert.Empty(await ReferencesAsync(client, $"/admin/dossiers?etiquette={id}"));
        Assert.Contains(autre.Reference, await ReferencesAsync(client, "/admin/dossiers"));
        var actions = await _f.WithDbAsync(db => db.Audit.Where(a => a.Action.StartsWith("etiquette.")).Select(a => a.Action).ToListAsync());
        Assert.Equal(["etiquette.creer", "etiquette.poser", "etiquette.retirer"], actions.Order().ToList());
    }

    [Fact]
    public async Task Etiquette_SupprimeeDepuisSaPage_QuitteLesDossiers()
    {
        var (client, moi, d, _) = await DossierAsync();
        await EigWebFactory.PostFormAsync(client, "/admin/etiquettes", Champs(("Input.Nom", "À relire"), ("Input.Couleur", "pink-tuile")), handler: "Enregistrer");
        var id = await _f.WithDbAsync(db => db.Etiquettes.Select(e => e.Id).SingleAsync());
        await EigWebFactory.PostFormAsync(client, $"/admin/dossiers/{d.Id}", Champs(("EtiquetteId", id.ToString())), handler: "Etiqueter");

        var (page, modifier) = await CliquerAsync(client, "/admin/etiquettes", "Modifier");
        Assert.Equal("À relire", page.QuerySelector<IHtmlInputElement>("input[name='Input.Nom']")!.Value);
        await EigWebFactory.PostFormAsync(client, modifier, Champs(("Input.Nom", "Relire")), handler: "Enregistrer");
        Assert.Equal("Relire", await _f.WithDbAsync(db => db.Etiquettes.Select(e => e.Nom).SingleAsync()));

        var r = await EigWebFactory.PostFormAsync(client, "/admin/etiquettes", Champs(("id", id.ToString())), handler: "Supprimer");

        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.False(await _f.WithDbAsync(db => db.EtiquettesPosees.AnyAsync()));
    }

    [Fact]
    public async Task Annotation_VisibleDeLEquipeSeulement_JamaisDuPorteurNiDeLEvaluateur()
    {
        var (client, moi, d, porteur) = await DossierAsync();
        var secret = "Sponsor peu disponible, relancer la DRH";
        var fiche = await DepuisLAccueilAsync(client, d);

        var vide = await EigWebFactory.PostFormAsync(client, fiche, Champs(("Texte", "   ")), handler: "Annoter");
        Assert.Equal(HttpStatusCode.BadRequest, vide.StatusCode);
        EigWebFactory.AssertHasError(await EigWebFactory.ParseAsync(vide), "Texte", "Écrivez la note.");
        var r = await EigWebFactory.PostFormAsync(client, fiche, Champs(("Texte", secret)), handler: "Annoter");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);

        var vue = (await EigWebFactory.GetDocumentAsync(client, fiche)).Body!.TextContent;
        Assert.Contains(secret, vue);
        var le = await _f.WithDbAsync(db => db.Annotations.Select(a => a.Le).SingleAsync());
        Assert.Contains($"Camille Test, le {Fr.DateEtHeure(le)}", vue);     // Paris time
        Assert.Contains(secret, await client.GetStringAsync($"/admin/dossiers?handler=Csv"));
        var audit = await _f.WithDbAsync(db => db.Audit.SingleAsync(a => a.Action == "annotation.ecrire"));
        Assert.DoesNotContain(secret, audit.Details ?? "");

        // The porteur, on every page of their dossier.
        var clientPorteur = _f.NewClient();
        await _f.SignInAsAsync(clientPorteur, porteur);
        foreach (var url in new[] { "/espace-porteur/dossiers", $"/espace-porteur/dossiers/{d.Id}", $"/espace-porteur/dossiers/{d.Id}/messages" })
            Assert.DoesNotContain(secret, await clientPorteur.GetStringAsync(url));

        // An evaluator assigned to the dossier.
        var evaluateur = await _f.CreateUserAsync(Roles.Evaluateur);
        var affectation = await _f.WithDbAsync(async db =>
        {
            var dossier = await db.DossiersProjets.SingleAsync(x => x.Id == d.Id);
            dossier.CommencerInstruction(moi.Id, DateTime.UtcNow);
            var appel = await db.AppelsAProjets.SingleAsync(a => a.Id == dossier.AppelId);
            var aff = Affectation.Creer(ObjetsEvalues.DossierProjet, d.Id, appel.GrilleId!.Value, evaluateur.Id, moi.Id, DateTime.UtcNow, 14);
            db.Affectations.Add(aff);
            await db.SaveChangesAsync();
            return aff;
        });
        var clientEvaluateur = _f.NewClient();
        await _f.SignInAsAsync(clientEvaluateur, evaluateur);
        var pageEvaluateur = await EigWebFactory.GetDocumentAsync(clientEvaluateur, $"/evaluation/dossiers/{affectation.Id}");
        Assert.Contains("Cadastre des haies", pageEvaluateur.Body!.TextContent);
        Assert.DoesNotContain(secret, pageEvaluateur.Body.TextContent);
        Assert.DoesNotContain(secret, await clientEvaluateur.GetStringAsync("/evaluation"));
        foreach (var c in new[] { clientPorteur, clientEvaluateur })
        {
            var refus = await c.GetAsync($"/admin/suivi/dossiers/{d.Id}");
            Assert.True(refus.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{refus.StatusCode}");
            Assert.DoesNotContain(secret, await refus.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Candidature_SuivieEtiqueteeAnnotee_LaCandidateNeVoitPasLaNote()
    {
        var appel = await _f.AppelOuvertAsync();
        var candidate = await _f.CreateUserAsync(Roles.Candidat);
        var id = await _f.CandidatureAsync(appel, candidate);
        var moi = await _f.CreateUserAsync(Roles.Staff);
        var client = _f.NewClient();
        await _f.SignInAsAsync(client, moi);
        await EigWebFactory.PostFormAsync(client, "/admin/etiquettes", Champs(("Input.Nom", "Profil rare"), ("Input.Couleur", "purple-glycine")), handler: "Enregistrer");
        var etiquette = await _f.WithDbAsync(db => db.Etiquettes.Select(e => e.Id).SingleAsync());
        var secret = "Entretien à caler avec la DINUM";

        var (_, liste) = await CliquerAsync(client, "/admin", "Candidatures");
        var (_, fiche) = await CliquerAsync(client, liste, "Léa Martin");
        Assert.Equal($"/admin/candidatures/{id}", fiche);
        await EigWebFactory.PostFormAsync(client, fiche, Champs(), handler: "Suivre");
        await EigWebFactory.PostFormAsync(client, fiche, Champs(("EtiquetteId", etiquette.ToString())), handler: "Etiqueter");
        Assert.Equal(HttpStatusCode.Redirect, (await EigWebFactory.PostFormAsync(client, fiche, Champs(("Texte", secret)), handler: "Annoter")).StatusCode);

        Assert.Contains(secret, await client.GetStringAsync(fiche));
        var noms = (await EigWebFactory.GetDocumentAsync(client, $"/admin/candidatures?Suivi=Moi&Etiquette={etiquette}")).QuerySelectorAll("tbody tr").Select(tr => tr.TextContent).ToList();
        Assert.Single(noms);
        Assert.Contains("Profil rare", noms[0]);
        Assert.Empty((await EigWebFactory.GetDocumentAsync(client, "/admin/candidatures?Suivi=Personne")).QuerySelectorAll("tbody tr"));

        var clientCandidate = _f.NewClient();
        await _f.SignInAsAsync(clientCandidate, candidate);
        var espace = await EigWebFactory.GetDocumentAsync(clientCandidate, "/espace-candidat");
        Assert.Contains("Dossier déposé", espace.Body!.TextContent);   // her candidature is there, not the note
        Assert.DoesNotContain(secret, espace.Body.TextContent);
        Assert.DoesNotContain(secret, (await EigWebFactory.GetDocumentAsync(clientCandidate, "/compte/mes-donnees")).Body!.TextContent);
        Assert.NotEqual(HttpStatusCode.OK, (await clientCandidate.GetAsync($"/admin/suivi/candidatures/{id}")).StatusCode);

        // An evaluator of the candidature.
        var evaluateur = await _f.CreateUserAsync(Roles.Evaluateur);
        await EigWebFactory.PostFormAsync(client, fiche, Champs(("EvaluateurId", evaluateur.Id.ToString()), ("Objet", ObjetsEvalues.Candidature)), handler: "Affecter");
        var affectation = await _f.WithDbAsync(db => db.Affectations.Where(a => a.ObjetId == id).Select(a => a.Id).SingleAsync());
        var clientEvaluateur = _f.NewClient();
        await _f.SignInAsAsync(clientEvaluateur, evaluateur);
        var page = await EigWebFactory.GetDocumentAsync(clientEvaluateur, $"/evaluation/candidatures/{affectation}");
        Assert.DoesNotContain(secret, page.Body!.TextContent);
        Assert.DoesNotContain(secret, await clientEvaluateur.GetStringAsync("/evaluation/candidatures"));
    }

    [Fact]
    public async Task Brouillon_OuInconnu_404()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var brouillon = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, deposer: false);
        var (client, _, d, _) = await DossierAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/admin/suivi/dossiers/{brouillon.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/admin/suivi/inconnus/{d.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/admin/suivi/dossiers/{d.Id}")).StatusCode);
        var r = await EigWebFactory.PostFormAsync(client, $"/admin/suivi/dossiers/{d.Id}", Champs(("Texte", "x")), handler: "Annoter",
            action: $"/admin/suivi/dossiers/{brouillon.Id}?handler=Annoter");
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        Assert.False(await _f.WithDbAsync(db => db.Annotations.AnyAsync()));
    }

    [Theory]
    [InlineData(Roles.Porteur)]
    [InlineData(Roles.Evaluateur)]
    [InlineData(Roles.Jury)]
    [InlineData(Roles.Candidat)]
    public async Task Post_NonEquipe_EstRefuseSurChaqueFormulaire(string role)
    {
        var (staff, _, d, _) = await DossierAsync();
        await EigWebFactory.PostFormAsync(staff, "/admin/etiquettes", Champs(("Input.Nom", "Urgent"), ("Input.Couleur", "pink-tuile")), handler: "Enregistrer");
        var etiquette = await _f.WithDbAsync(db => db.Etiquettes.Select(e => e.Id).SingleAsync());
        var intrus = _f.NewClient();
        await _f.SignInAsAsync(intrus, await _f.CreateUserAsync(role));
        // The intruder reuses a staff page's token: the policy refuses before any handler runs.
        foreach (var (handler, champs, action) in new (string, Dictionary<string, string>, string)[]
        {
            ("Suivre", [], $"/admin/suivi/dossiers/{d.Id}?handler=Suivre"),
            ("Annoter", Champs(("Texte", "intrusion")), $"/admin/suivi/dossiers/{d.Id}?handler=Annoter"),
            ("Etiqueter", Champs(("EtiquetteId", etiquette.ToString())), $"/admin/suivi/dossiers/{d.Id}?handler=Etiqueter"),
            ("Enregistrer", Champs(("Input.Nom", "Intrus"), ("Input.Couleur", "pink-tuile")), "/admin/etiquettes?handler=Enregistrer"),
            ("Supprimer", Champs(("id", etiquette.ToString())), "/admin/etiquettes?handler=Supprimer"),
        })
        {
            var r = await intrus.PostAsync(action, new FormUrlEncodedContent(champs));
            Assert.True(r.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect or HttpStatusCode.BadRequest, $"{handler} : {r.StatusCode}");
            if (r.StatusCode == HttpStatusCode.Redirect) Assert.Contains("/erreur/403", r.Headers.Location!.OriginalString);
        }
        Assert.False(await _f.WithDbAsync(db => db.Annotations.AnyAsync() ));
        Assert.False(await _f.WithDbAsync(db => db.Suiveurs.AnyAsync()));
        Assert.Equal(["Urgent"], await _f.WithDbAsync(db => db.Etiquettes.Select(e => e.Nom).ToListAsync()));
    }

    [Fact]
    public async Task EquipeSansDeuxiemeFacteur_EstEnvoyeeLeConfigurer()
    {
        var (_, _, d, _) = await DossierAsync();
        var client = _f.NewClient();
        await _f.SignInAsAsync(client, await _f.CreateUserAsync(Roles.Staff), secondFactor: false);

        foreach (var url in new[] { "/admin/etiquettes", $"/admin/suivi/dossiers/{d.Id}" })
        {
            var r = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
            Assert.Contains("/compte/double-authentification", r.Headers.Location!.OriginalString);
        }
    }
}
