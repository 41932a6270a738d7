using System.Net;
using Eig.Tests.Support;
using Eig.Web.AppelsAProjets;
using Eig.Web.Comptes;
using Eig.Web.Evaluations;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.Accueils;

/// <summary>A dossier's attachments where the work is done: staff, its assigned evaluator and its session's jury open
/// them in the browser; anyone else gets a 404; every opening is audited.</summary>
public class PiecesJointesTravailTests : IAsyncLifetime
{
    private readonly EigWebFactory _f = new();
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _f.DisposeAsync();

    private static readonly byte[] Pdf = "%PDF-1.4\n% étude\n"u8.ToArray();

    private async Task<HttpClient> ClientAsync(TestUser user)
    {
        var client = _f.NewClient();
        await _f.SignInAsAsync(client, user);
        return client;
    }

    [Fact]
    public async Task StaffEvaluatorAndJury_OpenTheAttachmentInline_OthersGet404_EachOpeningAudited()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var dossier = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, puis: d =>
        {
            d.CommencerInstruction(Guid.NewGuid(), DateTime.UtcNow);
            d.PreSelectionner(Guid.NewGuid(), "ok", DateTime.UtcNow);
            d.ConvoquerEnSoutenance(Guid.NewGuid(), DateTime.UtcNow);
        });
        var staff = await _f.CreateUserAsync(Roles.Staff);
        var evaluateur = await _f.CreateUserAsync(Roles.Evaluateur);
        var autreEvaluateur = await _f.CreateUserAsync(Roles.Evaluateur);
        var jure = await _f.CreateUserAsync(Roles.Jury);
        var autreJure = await _f.CreateUserAsync(Roles.Jury);
        var fichier = new FichierAap { DossierId = dossier.Id, NomFichier = "etude-usagers.pdf", Taille = Pdf.Length, Contenu = Pdf, DeposeParId = porteur.Id, DeposeLe = DateTime.UtcNow };
        var session = new SessionJury { AppelId = appel.Id, Titre = "Jury", Date = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3) };
        session.Membres.Add(new MembreJury { SessionId = session.Id, UtilisateurId = jure.Id });
        session.OrdreDuJour.Add(new PointOrdreDuJour { SessionId = session.Id, DossierId = dossier.Id, Ordre = 1 });
        var affectation = await _f.WithDbAsync(async db =>
        {
            var grille = (await db.AppelsAProjets.SingleAsync(a => a.Id == appel.Id)).GrilleId!.Value;
            var a = Affectation.Creer(ObjetsEvalues.DossierProjet, dossier.Id, grille, evaluateur.Id, null, DateTime.UtcNow, 21);
            db.AddRange(fichier, session, a);
            await db.SaveChangesAsync();
            return a;
        });

        var pages = new (TestUser Qui, string Page)[]
        {
            (staff, $"/admin/dossiers/{dossier.Id}"),
            (evaluateur, $"/evaluation/dossiers/{affectation.Id}"),
            (jure, $"/jury/sessions/{session.Id}/dossiers/{dossier.Id}"),
        };
        foreach (var (qui, page) in pages)
        {
            var client = await ClientAsync(qui);
            var doc = await EigWebFactory.GetDocumentAsync(client, page);
            Assert.Contains("1\u00a0pièce jointe", doc.QuerySelector("#pieces-jointes")!.TextContent);
            var lien = doc.QuerySelector("a[href*='handler=Piece']")!.GetAttribute("href")!;
            Assert.Equal($"{page}?handler=Piece&fichierId={fichier.Id}", lien);
            using var r = await client.GetAsync(lien, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Equal("inline", r.Content.Headers.ContentDisposition!.DispositionType);
            Assert.Equal(Pdf, await r.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        }

        foreach (var (qui, page) in new[] { (autreEvaluateur, pages[1].Page), (autreJure, pages[2].Page) })
        {
            using var r = await (await ClientAsync(qui)).GetAsync($"{page}?handler=Piece&fichierId={fichier.Id}", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        }
        var lectures = await _f.WithDbAsync(db => db.Audit.Where(a => a.Action == "dossier.piece-jointe.lue" && a.ObjetId == dossier.Id.ToString())
            .Select(a => a.ActeurId).ToListAsync());
        Assert.Equal(new[] { staff.Id, evaluateur.Id, jure.Id }.Order(), lectures.Select(x => x!.Value).Order());
    }
}
