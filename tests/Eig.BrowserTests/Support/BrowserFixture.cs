using System.Net;
using Eig.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Eig.BrowserTests.Support.BrowserFixture))]

namespace Eig.BrowserTests.Support;

/// <summary>
/// Started once for the whole assembly: the application on a real Kestrel port of 127.0.0.1 (same factory as the
/// integration tests: its own database, pickup mails) and Debian's Chromium, headless. Each test opens its own
/// browser context (fresh cookies) with <see cref="NewPageAsync"/>.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium; EIG_CHROMIUM overrides it. Playwright never downloads a browser here.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("EIG_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    /// <summary>With the demo data (a promotion, open calls, défis), so that pages show what people will see.</summary>
    public EigWebFactory App { get; } = new() { Settings = { ["Demo:Seed"] = "true", ["Logging:LogLevel:Eig.Web"] = "Error" } };
    public Uri BaseUrl { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    private IPlaywright? _playwright;

    public async ValueTask InitializeAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        App.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        App.StartServer();
        var address = App.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.First();
        BaseUrl = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));

        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Chromium introuvable à {ChromiumPath} : apt-get install chromium (ou EIG_CHROMIUM).");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 60_000,
        });
    }

    /// <summary>A page in a fresh context already signed in as <paramref name="user"/> (with a minted cookie).</summary>
    public async Task<IPage> NewPageAsAsync(TestUser user)
    {
        var page = await NewPageAsync();
        var (name, value) = await App.AuthCookieAsync(user);
        await page.Context.AddCookiesAsync([new Microsoft.Playwright.Cookie { Name = name, Value = value, Url = BaseUrl.ToString() }]);
        return page;
    }

    /// <summary>A page in a fresh context (no cookies), French, addressing the app by relative URLs.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl.ToString(),
            Locale = "fr-FR",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(30_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}
