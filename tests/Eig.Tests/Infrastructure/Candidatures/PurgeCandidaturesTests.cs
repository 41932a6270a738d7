using Eig.Tests.Pages.Candidatures;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Formats;
using Eig.Web.Infrastructure.Cli;
using Eig.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Eig.Tests.Infrastructure.Candidatures;

/// <summary>The retention rule: candidates not retained are warned, then erased after the notice period.</summary>
public class PurgeCandidaturesTests(AacFactory factory) : IClassFixture<AacFactory>
{
    private sealed class Horloge(DateTime t) : IClock { public DateTime UtcNow => t; }

    private async Task<(int Avis, int Effacees)> PurgerAsync(DateTime maintenant, int vivierMois = 36)
    {
        using var scope = factory.Services.CreateScope();
        var sp = scope.ServiceProvider;
        var purge = new PurgeCandidatures(sp.GetRequiredService<EigDbContext>(), new Horloge(maintenant), sp.GetRequiredService<IOutbox>(),
            sp.GetRequiredService<CandidaturesMails>(), sp.GetRequiredService<IAuditLog>(),
            Options.Create(new CandidaturesOptions { ConservationMois = 24, VivierConservationMois = vivierMois, PreavisPurgeJours = 30 }));
        return await purge.ExecuterAsync();
    }

    [Fact]
    public async Task Purge_AvertitPuisEffaceLesNonRetenusSeulementApresLaConservation()
    {
        var appel = await factory.AppelAsync();
        var nonRetenu = await factory.CreateUserAsync(Roles.Candidat);
        var auVivier = await factory.CreateUserAsync(Roles.Candidat);
        var idNonRetenue = await factory.CandidatureAsync(appel, nonRetenu, EtatCandidature.NonRetenue);
        var idVivier = await factory.CandidatureAsync(appel, auVivier, EtatCandidature.Vivier);
        var now = DateTime.UtcNow;

        // Still inside the 24 months: nothing happens.
        Assert.Equal((0, 0), await PurgerAsync(now.AddMonths(23)));

        // Past them: a notice, no erasure yet.
        Assert.Equal((1, 0), await PurgerAsync(now.AddMonths(25)));
        var avis = Assert.Single(await factory.ReadMailsAsync(), m => m.To.Contains(nonRetenu.Email));
        Assert.Equal("Vos données de candidature vont être effacées", avis.Subject);
        Assert.True(await factory.Db(db => db.Candidatures.AnyAsync(c => c.Id == idNonRetenue)));

        // A second run before the notice period ends sends nothing more.
        Assert.Equal((0, 0), await PurgerAsync(now.AddMonths(25).AddDays(10)));

        // After it: erased, with its CV; the person in the vivier is untouched; the audit keeps no personal data.
        Assert.Equal((0, 1), await PurgerAsync(now.AddMonths(25).AddDays(31)));
        Assert.False(await factory.Db(db => db.Candidatures.AnyAsync(c => c.Id == idNonRetenue)));
        Assert.False(await factory.Db(db => db.CvCandidatures.AnyAsync(c => c.CandidatureId == idNonRetenue)));
        Assert.True(await factory.Db(db => db.Candidatures.AnyAsync(c => c.Id == idVivier)));
        var ligne = await factory.Db(db => db.Audit.FirstAsync(a => a.Action == "candidature.purgee" && a.ObjetId == idNonRetenue.ToString()));
        Assert.DoesNotContain("Martin", ligne.Details);
        Assert.Single(await factory.ReadMailsAsync(), m => m.To.Contains(nonRetenu.Email));
    }

    [Fact]
    public async Task Purge_DuVivier_AvertitPuisEffaceCeuxJamaisPlacesApresLeurDuree_PasPendantUneProposition()
    {
        var appel = await factory.AppelAsync();
        var oubliee = await factory.CreateUserAsync(Roles.Candidat);
        var proposee = await factory.CreateUserAsync(Roles.Candidat);
        var idOubliee = await factory.CandidatureAsync(appel, oubliee, EtatCandidature.Vivier, prenom: "Oubliée");
        var idProposee = await factory.CandidatureAsync(appel, proposee, EtatCandidature.Vivier, prenom: "Proposée");
        var (_, posteId) = await factory.DefiAvecPosteAsync(appel, await factory.CreateUserAsync(Roles.Porteur), titre: "Défi en cours");
        await factory.Db(async db =>
        {
            var poste = await db.PostesOuverts.SingleAsync(p => p.Id == posteId);
            var c = await db.Candidatures.SingleAsync(x => x.Id == idProposee);
            db.Propositions.Add(Proposition.Proposer(poste, c, [], "Expertises du défi", Guid.Empty, DateTime.UtcNow));
            return await db.SaveChangesAsync();
        });
        var now = DateTime.UtcNow;

        // The class's other test shares the database: what is asserted is these two people's files.
        Task<DateTime?> Avis(Guid id) => factory.Db(db => db.Candidatures.Where(c => c.Id == id).Select(c => c.AvisPurgeLe).SingleAsync());

        // 12 months for the vivier here: before them, nothing.
        await PurgerAsync(now.AddMonths(11), vivierMois: 12);
        Assert.Null(await Avis(idOubliee));
        // After them: a notice to the person never proposed, none to the one whose proposition is open.
        await PurgerAsync(now.AddMonths(13), vivierMois: 12);
        Assert.NotNull(await Avis(idOubliee));
        Assert.Null(await Avis(idProposee));
        var avis = Assert.Single(await factory.ReadMailsAsync(), m => m.To.Contains(oubliee.Email));
        Assert.Equal("Vos données du vivier EIG vont être effacées", avis.Subject);
        Assert.DoesNotContain(await factory.ReadMailsAsync(), m => m.To.Contains(proposee.Email) && m.Subject.Contains("effacées"));
        // After the notice period: erased; the other stays.
        await PurgerAsync(now.AddMonths(13).AddDays(31), vivierMois: 12);
        Assert.False(await factory.Db(db => db.Candidatures.AnyAsync(c => c.Id == idOubliee)));
        Assert.True(await factory.Db(db => db.Candidatures.AnyAsync(c => c.Id == idProposee)));
    }

    [Fact]
    public void VerbePurge_EstEnregistre()
    {
        _ = factory.Services;
        Assert.True(OperatorCommands.IsVerb("purge-candidatures"));
    }
}
