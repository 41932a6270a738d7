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

    private async Task<(int Avis, int Effacees)> PurgerAsync(DateTime maintenant)
    {
        using var scope = factory.Services.CreateScope();
        var sp = scope.ServiceProvider;
        var purge = new PurgeCandidatures(sp.GetRequiredService<EigDbContext>(), new Horloge(maintenant), sp.GetRequiredService<IOutbox>(),
            sp.GetRequiredService<CandidaturesMails>(), sp.GetRequiredService<IAuditLog>(),
            Options.Create(new CandidaturesOptions { ConservationMois = 24, PreavisPurgeJours = 30 }));
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
    public void VerbePurge_EstEnregistre()
    {
        _ = factory.Services;
        Assert.True(OperatorCommands.IsVerb("purge-candidatures"));
    }
}
