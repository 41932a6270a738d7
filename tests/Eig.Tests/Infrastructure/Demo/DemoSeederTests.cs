using Eig.Tests.Support;
using Eig.Web.Appels;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Infrastructure.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eig.Tests.Infrastructure.Demo;

public class DemoSeederTests(EigWebFactory factory) : IClassFixture<EigWebFactory>
{
    [Fact]
    public async Task Seed_CreatesOneAccountPerRole_OpenCalls_AndDefis_OnlyOnce()
    {
        IReadOnlyList<(string Email, string Role, string Password)> first, second;
        using (var scope = factory.Services.CreateScope())
            first = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(TestContext.Current.CancellationToken);
        using (var scope = factory.Services.CreateScope())
            second = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(TestContext.Current.CancellationToken);

        Assert.Equal(5, first.Count);
        Assert.Equal(Eig.Web.Comptes.Roles.Tous.Order(), first.Select(c => c.Role).Order());
        Assert.All(first, c => Assert.True(c.Password.Length >= 20));
        Assert.Empty(second);
        Assert.NotEqual(first[0].Password, first[1].Password);

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await factory.WithDbAsync(async db =>
        {
            Assert.True((await db.AppelsAProjets.ToListAsync()).Any(a => a.EstOuvert(today)));
            Assert.True((await db.AppelsACandidatures.ToListAsync()).Any(a => a.EstOuvert(today)));
            Assert.True(await db.Defis.CountAsync() >= 3);
            // Promotions 7 and 8 from the seeder, earlier ones from the demo content.
            Assert.Superset(new HashSet<int> { 7, 8 }, (await db.Promotions.Select(p => p.Numero).ToListAsync()).ToHashSet());
            Assert.True(await db.Set<Eig.Web.Contenus.PageContenu>().AnyAsync());
        });
        // The public pages the navigation leads to exist on the demo.
        using var visitor = factory.NewClient();
        foreach (var page in new[] { "/programme", "/participer/administrations", "/participer/candidats" })
            Assert.Equal(System.Net.HttpStatusCode.OK, (await visitor.GetAsync(page, TestContext.Current.CancellationToken)).StatusCode);
        // Their règlement buttons open each call's règlement, a PDF the seeder deposited as staff would.
        foreach (var page in new[] { "/participer/administrations", "/participer/candidats" })
        {
            var doc = await EigWebFactory.GetDocumentAsync(visitor, page);
            var bouton = doc.QuerySelectorAll("main a.fr-btn").Single(a => a.TextContent.Contains("règlement", StringComparison.OrdinalIgnoreCase));
            using var pdf = await visitor.GetAsync(bouton.GetAttribute("href"), TestContext.Current.CancellationToken);
            Assert.Equal(System.Net.HttpStatusCode.OK, pdf.StatusCode);
            Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
            Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken), 0, 5));
        }

        // The generated passwords work on the real login page.
        using var client = factory.NewClient();
        var porteur = first.Single(c => c.Role == Eig.Web.Comptes.Roles.Porteur);
        using var login = await EigWebFactory.LoginAsync(client, porteur.Email, porteur.Password);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, login.StatusCode);
    }
}
