using Eig.Tests.Pages;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Eig.Web.Evaluations;
using Eig.Web.AppelsAProjets;
using Eig.Web.Infrastructure.Formats;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eig.Tests.Infrastructure.Aap;

public class RelancesTests : IAsyncLifetime
{
    private readonly EigWebFactory _f = new();
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _f.DisposeAsync();

    [Fact]
    public async Task Envoyer_RemindsOnlyDueUnsubmittedReviewsOnce()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);   // reminder 3 days before
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var d = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, puis: x => x.CommencerInstruction(Guid.NewGuid(), DateTime.UtcNow));
        var due = await _f.CreateUserAsync(Roles.Evaluateur);
        var pasDue = await _f.CreateUserAsync(Roles.Evaluateur);
        await _f.WithDbAsync(async db =>
        {
            db.Affectations.Add(Affectation.Creer(ObjetsEvalues.DossierProjet, d.Id, appel.GrilleId!.Value, due.Id, null, DateTime.UtcNow.AddDays(-19), 21));
            db.Affectations.Add(Affectation.Creer(ObjetsEvalues.DossierProjet, d.Id, appel.GrilleId!.Value, pasDue.Id, null, DateTime.UtcNow, 21));
            await db.SaveChangesAsync();
        });

        async Task<int> EnvoyerAsync()
        {
            using var scope = _f.Services.CreateScope();
            return (await scope.ServiceProvider.GetRequiredService<Relances>().EnvoyerAsync(CancellationToken.None)).Evaluations;
        }

        Assert.Equal(1, await EnvoyerAsync());
        Assert.Equal(0, await EnvoyerAsync());
        var mails = await _f.ReadMailsAsync();
        Assert.Single(mails, m => m.To == due.Email);
        Assert.DoesNotContain(mails, m => m.To == pasDue.Email);
    }
}
