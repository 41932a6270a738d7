using System.Net;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Eig.Web.Contenus;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.Admin.Contenus;

public class NewsletterTests(EigWebFactory factory) : IClassFixture<EigWebFactory>
{
    [Fact]
    public async Task Csv_HasOnlyConfirmedAddresses_WithAWorkingUnsubscribeLink()
    {
        var confirme = $"=confirme-{Guid.NewGuid():N}@exemple.fr";
        var attente = $"attente-{Guid.NewGuid():N}@exemple.fr";
        await factory.WithDbAsync(async db =>
        {
            var a = new AbonneNewsletter { Email = confirme };
            var (jeton, _) = a.DemanderConfirmation(DateTime.UtcNow);
            a.Confirmer(jeton, DateTime.UtcNow);
            var b = new AbonneNewsletter { Email = attente };
            b.DemanderConfirmation(DateTime.UtcNow);
            db.AbonnesNewsletter.AddRange(a, b);
            await db.SaveChangesAsync();
        });
        var staff = factory.NewClient();
        await factory.SignInAsAsync(staff, await factory.CreateUserAsync(Roles.Staff));

        var csv = await staff.GetStringAsync("/admin/contenus/newsletter?handler=csv");

        Assert.DoesNotContain(attente, csv);
        var ligne = csv.Split("\r\n").Single(l => l.Contains(confirme));
        Assert.StartsWith("\"'=confirme", ligne);
        var lien = new Uri(ligne.Split(';')[2].Trim('"')).PathAndQuery;
        var visiteur = factory.NewClient();
        var r = await EigWebFactory.PostFormAsync(visiteur, lien, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Equal(StatutAbonnement.Desinscrit, await factory.WithDbAsync(db => db.AbonnesNewsletter.Where(x => x.Email == confirme).Select(x => x.Statut).SingleAsync()));
    }
}
