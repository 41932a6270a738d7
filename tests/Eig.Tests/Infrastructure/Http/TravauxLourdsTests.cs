using System.Net;
using Eig.Tests.Support;
using Eig.Web.Infrastructure.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace Eig.Tests.Infrastructure.Http;

/// <summary>The bulkhead of the heavy pages, one at a time and one waiting: a sign-in held inside the page (its audit
/// line waits for the test) keeps the only turn, the next one waits for it and then completes, one more is refused
/// with the French 429 page and its Retry-After, and reading a page is never held.</summary>
public class TravauxLourdsTests
{
    private const string Retenue = "retenue@exemple.fr";

    [Fact]
    public async Task UnTourALaFois_LaFileAttendPuisAboutit_AuDelaUn429AvecRetryAfter()
    {
        var ct = TestContext.Current.CancellationToken;
        var entree = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sortie = new SemaphoreSlim(0);
        await using var factory = new EigWebFactory
        {
            Settings = { ["Charge:TravauxLourds:Simultanes"] = "1", ["Charge:TravauxLourds:FileAttente"] = "1" },
            ServicesDeTest = s => s.AddScoped<IAuditLog>(sp =>
                new AuditRetenu(ActivatorUtilities.CreateInstance<AuditLog>(sp), entree, sortie)),
        };
        var premier = Connexion(factory, Retenue);
        await entree.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);

        var suivants = new[] { Connexion(factory, "deux@exemple.fr"), Connexion(factory, "trois@exemple.fr") };
        var refuse = await (await Task.WhenAny(suivants)).WaitAsync(TimeSpan.FromSeconds(30), ct);
        Assert.Equal(HttpStatusCode.TooManyRequests, refuse.StatusCode);
        Assert.Equal("5", refuse.Headers.GetValues("Retry-After").Single());
        Assert.Contains("Patientez 5 secondes", (await EigWebFactory.ParseAsync(refuse)).Body!.TextContent);
        var enFile = suivants.Single(t => !t.IsCompleted);
        // Reading the form is not heavy work: served while the turn is taken and the queue full.
        Assert.Equal(HttpStatusCode.OK, (await factory.NewClient().GetAsync("/compte/connexion", ct)).StatusCode);
        await Task.Delay(200, ct);
        Assert.False(enFile.IsCompleted);

        sortie.Release(10);
        // Both answer as any wrong sign-in does (unknown address: 400 with the message), the queued one included.
        Assert.Equal(HttpStatusCode.BadRequest, (await premier.WaitAsync(TimeSpan.FromSeconds(30), ct)).StatusCode);
        var attendu = await enFile.WaitAsync(TimeSpan.FromSeconds(30), ct);
        Assert.Equal(HttpStatusCode.BadRequest, attendu.StatusCode);
        Assert.Contains("Adresse électronique ou mot de passe incorrect.", (await EigWebFactory.ParseAsync(attendu)).Body!.TextContent);
    }

    private static Task<HttpResponseMessage> Connexion(EigWebFactory factory, string email) =>
        EigWebFactory.PostFormAsync(factory.NewClient(), "/compte/connexion",
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "pas-le-bon-mot-de-passe" });

    /// <summary>Holds the sign-in of <see cref="Retenue"/> inside the page, after its turn was given.</summary>
    private sealed class AuditRetenu(IAuditLog journal, TaskCompletionSource entree, SemaphoreSlim sortie) : IAuditLog
    {
        public void Enregistrer(string action, string? objet = null, string? objetId = null, string? details = null,
            Guid? acteurId = null, string? acteurEmail = null)
        {
            if (acteurEmail == Retenue)
            {
                entree.TrySetResult();
                sortie.Wait(TimeSpan.FromSeconds(30));
            }
            journal.Enregistrer(action, objet, objetId, details, acteurId, acteurEmail);
        }
    }
}
