using System.Net;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Security;

namespace Eig.Tests.Infrastructure.Security;

/// <summary>Finding 9 (passwords): any 12 characters were accepted, and one authenticator code signed in twice.</summary>
public class MotsDePasseTests(EigWebFactory factory) : IClassFixture<EigWebFactory>
{
    [Theory]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("123456789012")]
    [InlineData("motdepasse2024")]
    [InlineData("Azertyuiop123")]
    [InlineData("abcabcabcabc")]
    [InlineData("password1234")]
    public async Task Registration_CommonPassword_IsRefusedNextToTheField(string motDePasse)
    {
        using var client = factory.NewClient();

        using var response = await EigWebFactory.PostFormAsync(client, "/compte/inscription", new Dictionary<string, string>
        {
            ["Input.Profil"] = Roles.Candidat, ["Input.NomComplet"] = "Alex Test", ["Input.Email"] = $"mdp-{Guid.NewGuid():N}@exemple.fr",
            ["Input.Password"] = motDePasse, ["Input.Confirmation"] = motDePasse,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(MotsDePasseCourants.Message, (await EigWebFactory.ParseAsync(response)).QuerySelector("#Input_Password-erreur")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("les girafes dansent sous la pluie")]
    [InlineData("PAS DE REGLE DE COMPOSITION")]
    [InlineData("999 chaussettes dépareillées")]
    public void LongUncommonPasswords_AreAccepted_WithoutCompositionRules(string motDePasse) =>
        Assert.False(MotsDePasseCourants.EstCourant(motDePasse, "camille@exemple.fr"));

    [Fact]
    public async Task AuthenticatorCode_SignsInOnlyOnce()
    {
        var horloge = new HorlogeDeTest();
        await using var f = new EigWebFactory { Horloge = horloge };
        var staff = await f.CreateUserAsync(Roles.Staff);
        var code = Totp.Code(staff.AuthenticatorKey!, horloge.GetUtcNow());

        async Task<HttpResponseMessage> SignInWith(HttpClient client, string c)
        {
            using var first = await EigWebFactory.PostFormAsync(client, "/compte/connexion",
                new Dictionary<string, string> { ["Input.Email"] = staff.Email, ["Input.Password"] = staff.Password });
            return await EigWebFactory.PostFormAsync(client, first.Headers.Location!.OriginalString, new Dictionary<string, string> { ["Input.Code"] = c });
        }

        using var once = await SignInWith(f.NewClient(), code);
        Assert.Equal(HttpStatusCode.Redirect, once.StatusCode);
        using var twice = await SignInWith(f.NewClient(), code);
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);

        horloge.Avancer(TimeSpan.FromSeconds(30));
        using var next = await SignInWith(f.NewClient(), Totp.Code(staff.AuthenticatorKey!, horloge.GetUtcNow()));
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
    }
}
