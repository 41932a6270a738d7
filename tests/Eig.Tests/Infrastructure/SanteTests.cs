using System.Net;
using System.Text.Json;
using Eig.Tests.Support;
using Eig.Web.Infrastructure.Database;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Eig.Tests.Infrastructure;

public class SanteTests(EigWebFactory factory) : IClassFixture<EigWebFactory>
{
    [Fact]
    public async Task Get_Sante_AnswersOkJson()
    {
        using var client = factory.NewClient();

        using var response = await client.GetAsync("/sante", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("ok", json.RootElement.GetProperty("statut").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("verifications").GetProperty("base-de-donnees").GetString());
    }

    [Fact]
    public void Factory_PointsTheAppAtItsOwnDatabase()
    {
        // Guards the factory itself: if the settings came too late, the app would use data/eig.db.
        var config = factory.Services.GetRequiredService<IConfiguration>();

        Assert.Equal(factory.Database.ConnectionString, config.GetConnectionString("Eig"));
        Assert.Equal(factory.Database.Provider, DatabaseSetup.Provider(config));
        Assert.Equal("Testing", config["ENVIRONMENT"] ?? factory.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.IWebHostEnvironment>().EnvironmentName);
    }
}
