using System.Text;
using Eig.Tests.Support;
using Eig.Web.Contenus.Site;
using Microsoft.AspNetCore.Http;

namespace Eig.Tests.Infrastructure;

/// <summary>The public pages' cache on its own: what it keeps, for how long, and what it refuses to keep.</summary>
public class CachePagesTests
{
    private static DefaultHttpContext Requete(string chemin = "/faq")
    {
        var ctx = new DefaultHttpContext();
        ctx.Request.Method = "GET";
        ctx.Request.Scheme = "https";
        ctx.Request.Host = new HostString("eig.example.fr");
        ctx.Request.Path = chemin;
        ctx.Response.Body = new MemoryStream();
        return ctx;
    }

    private static string Corps(HttpContext ctx) => Encoding.UTF8.GetString(((MemoryStream)ctx.Response.Body).ToArray());

    private sealed class Page(string texte)
    {
        public int Rendus;
        public Func<Task>? Pendant;

        public async Task Rendre(HttpContext ctx)
        {
            Rendus++;
            ctx.Response.ContentType = "text/html; charset=utf-8";
            ctx.Response.Headers["X-Page"] = "oui";
            if (Pendant is not null) await Pendant();
            await ctx.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(texte));
        }
    }

    [Fact]
    public async Task APage_IsKeptAMinute_ThenRenderedAgain()
    {
        var horloge = new HorlogeDeTest();
        var cache = new CachePages(horloge);
        var page = new Page("<h1>FAQ</h1>");

        await cache.TraiterAsync(Requete(), page.Rendre);
        horloge.Avancer(TimeSpan.FromSeconds(59));
        var copie = Requete();
        await cache.TraiterAsync(copie, page.Rendre);
        horloge.Avancer(TimeSpan.FromSeconds(2));
        await cache.TraiterAsync(Requete(), page.Rendre);

        Assert.Equal(2, page.Rendus);
        Assert.Equal("<h1>FAQ</h1>", Corps(copie));
        Assert.Equal("59", copie.Response.Headers.Age.ToString());
        Assert.Equal("oui", copie.Response.Headers["X-Page"].ToString());
        Assert.Equal("text/html; charset=utf-8", copie.Response.ContentType);
        Assert.Equal(12, copie.Response.ContentLength);
    }

    [Fact]
    public async Task AnAnswerLargerThanTheLimit_GoesOutWhole_WithoutBeingKept()
    {
        var cache = new CachePages(new HorlogeDeTest());
        var grand = new string('x', CachePages.TailleMaxEntree + 1);
        var page = new Page(grand);
        var ctx = Requete("/img/grande.png");

        await cache.TraiterAsync(ctx, page.Rendre);
        await cache.TraiterAsync(Requete("/img/grande.png"), page.Rendre);

        Assert.Equal(grand.Length, ((MemoryStream)ctx.Response.Body).Length);
        Assert.Equal(2, page.Rendus);
        Assert.Equal(0, cache.Etat.Pages);
    }

    [Fact]
    public async Task APageRenderedWhileTheContentChanges_IsServed_ButNotKept()
    {
        // It may show the content from before the change: the next visitor gets the new one.
        var cache = new CachePages(new HorlogeDeTest());
        var page = new Page("ancienne version");
        page.Pendant = () => { cache.Vider(); return Task.CompletedTask; };

        var ctx = Requete();
        await cache.TraiterAsync(ctx, page.Rendre);

        Assert.Equal("ancienne version", Corps(ctx));
        Assert.Equal(0, cache.Etat.Pages);
    }

    [Theory]
    [InlineData(404, null)]
    [InlineData(200, "no-cache, no-store")]
    public async Task AnErrorOrAPageAskingNotToBeStored_IsNotKept(int statut, string? cacheControl)
    {
        var cache = new CachePages(new HorlogeDeTest());
        RequestDelegate page = ctx =>
        {
            ctx.Response.StatusCode = statut;
            if (cacheControl is not null) ctx.Response.Headers.CacheControl = cacheControl;
            return ctx.Response.WriteAsync("page");
        };

        await cache.TraiterAsync(Requete(), page);

        Assert.Equal(0, cache.Etat.Pages);
    }

    [Fact]
    public async Task TheSamePage_IsKeptApart_PerQueryAndPerHost_ButNotPerLetterCaseOfThePath()
    {
        var cache = new CachePages(new HorlogeDeTest());
        var page = new Page("liste");

        await cache.TraiterAsync(Requete("/defis"), page.Rendre);
        await cache.TraiterAsync(Requete("/Defis"), page.Rendre);
        var deuxieme = Requete("/defis");
        deuxieme.Request.QueryString = new QueryString("?page=2");
        await cache.TraiterAsync(deuxieme, page.Rendre);
        var autreHote = Requete("/defis");
        autreHote.Request.Host = new HostString("autre.example.fr");
        await cache.TraiterAsync(autreHote, page.Rendre);

        Assert.Equal(3, page.Rendus);
        Assert.Equal(3, cache.Etat.Pages);
    }

    [Fact]
    public async Task ASignedInVisitor_IsNeverServedNorKept()
    {
        var cache = new CachePages(new HorlogeDeTest());
        var page = new Page("page");
        await cache.TraiterAsync(Requete(), page.Rendre);
        var connecte = Requete();
        connecte.Request.Headers.Cookie = "__Host-eig.auth=abc";

        await cache.TraiterAsync(connecte, page.Rendre);

        Assert.Equal(2, page.Rendus);
        Assert.Equal(StringValuesVide, connecte.Response.Headers.Age);
    }

    private static readonly Microsoft.Extensions.Primitives.StringValues StringValuesVide = default;
}
