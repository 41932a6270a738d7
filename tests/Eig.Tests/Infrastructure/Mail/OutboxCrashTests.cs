using Eig.Tests.Support;
using Eig.Web.Infrastructure;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Eig.Tests.Infrastructure.Mail;

/// <summary>Mail exactly once as far as the protocol allows: the sender records "sending" before handing a message
/// to the transport and "sent" after; a process that dies in between leaves the message "sending", and the instance
/// that takes it up again re-sends it only if the relay may not have it.</summary>
public class OutboxCrashTests
{
    /// <summary>The process dies: nothing after this point runs, nothing more is saved.</summary>
    private sealed class Mort : OperationCanceledException;

    private sealed class HorlogeMobile : IClock
    {
        public DateTime UtcNow { get; set; } = DateTime.UtcNow;
    }

    /// <summary>The real transport, with a crash at a chosen point, counting what it is handed and noting whether
    /// "sending" was already recorded in the database at that moment.</summary>
    private sealed class Transport(IMailTransport reel, IServiceScopeFactory scopes) : IMailTransport
    {
        public string? Panne { get; set; }   // "avant" the relay gets it, "apres" it has it, null: no crash
        public int Remises;
        public List<bool> EnvoiEnregistreAvant { get; } = [];

        public async Task SendAsync(OutboxMessage message, CancellationToken ct)
        {
            using (var scope = scopes.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<EigDbContext>();
                EnvoiEnregistreAvant.Add(await db.Outbox.AsNoTracking().Where(m => m.Id == message.Id).Select(m => m.EnvoiCommenceLe != null).SingleAsync(ct));
            }
            if (Panne == "avant") throw new Mort();
            await reel.SendAsync(message, ct);
            Interlocked.Increment(ref Remises);
            if (Panne == "apres") throw new Mort();
        }

        public Task<bool> DejaRemisAsync(OutboxMessage message, CancellationToken ct) => reel.DejaRemisAsync(message, ct);
    }

    private sealed record Instance(EigWebFactory Factory, Transport Transport, HorlogeMobile Horloge) : IAsyncDisposable
    {
        public Task<int> EnvoyerAsync() => Factory.Services.GetRequiredService<OutboxSender>().SendPendingAsync(TestContext.Current.CancellationToken);
        public ValueTask DisposeAsync() => Factory.DisposeAsync();
    }

    private static Instance Demarrer(TestDatabase db, Dictionary<string, string?> settings, DateTime? maintenant = null)
    {
        var horloge = new HorlogeMobile { UtcNow = maintenant ?? DateTime.UtcNow };
        Transport? transport = null;
        var factory = new EigWebFactory
        {
            SharedDatabase = db,
            Settings = settings,
            ServicesDeTest = s =>
            {
                s.AddSingleton<IClock>(horloge);
                s.AddSingleton<IMailTransport>(sp => transport = new Transport(
                    new MailKitTransport(sp.GetRequiredService<IOptions<MailOptions>>()), sp.GetRequiredService<IServiceScopeFactory>()));
            },
        };
        _ = factory.Services.GetRequiredService<IMailTransport>();
        return new Instance(factory, transport!, horloge);
    }

    private static async Task<Guid> QueueAsync(EigWebFactory factory, string to)
    {
        using var scope = factory.Services.CreateScope();
        var templates = scope.ServiceProvider.GetRequiredService<MailTemplates>();
        scope.ServiceProvider.GetRequiredService<IOutbox>().Ajouter(to, templates.ReinitialisationMotDePasse(templates.Lien("/compte/reinitialiser?jeton=abc")));
        var db = scope.ServiceProvider.GetRequiredService<EigDbContext>();
        await db.SaveChangesAsync();
        return await db.Outbox.Where(m => m.A == to).Select(m => m.Id).SingleAsync();
    }

    private static Task<OutboxMessage> LireAsync(EigWebFactory f, Guid id) =>
        f.WithDbAsync(db => db.Outbox.AsNoTracking().SingleAsync(m => m.Id == id));

    private static Dictionary<string, string?> Dossier(string dossier) => new() { ["Mail:PickupDirectory"] = dossier };

    private static string NouveauDossier() => Path.Combine(Path.GetTempPath(), "eig-tests-mails", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Pickup_MortEntreLaRemiseEtLEnregistrement_AuRedemarrageRienNEstRenvoye()
    {
        await using var db = TestDatabase.Create();
        var dossier = NouveauDossier();
        Guid id;
        byte[] fichier;
        await using (var avant = Demarrer(db, Dossier(dossier)))
        {
            avant.Transport.Panne = "apres";
            id = await QueueAsync(avant.Factory, "porteuse@exemple.fr");

            await Assert.ThrowsAsync<Mort>(avant.EnvoyerAsync);

            Assert.Equal([true], avant.Transport.EnvoiEnregistreAvant);   // "sending" was saved before the hand-over
            var enVol = await LireAsync(avant.Factory, id);
            Assert.NotNull(enVol.EnvoiCommenceLe);
            Assert.Null(enVol.EnvoyeLe);
            fichier = File.ReadAllBytes(Assert.Single(Directory.GetFiles(dossier, "*.eml")));
        }

        // Restarted at once: the dead instance's claim still holds, nobody touches the message.
        await using var apres = Demarrer(db, Dossier(dossier));
        Assert.Equal(0, await apres.EnvoyerAsync());
        Assert.Null((await LireAsync(apres.Factory, id)).EnvoyeLe);

        // Once the claim has run out: the relay (the folder) has it, so it is recorded as sent, not handed over again.
        apres.Horloge.UtcNow = DateTime.UtcNow.AddMinutes(6);
        await apres.EnvoyerAsync();

        Assert.Equal(0, apres.Transport.Remises);
        Assert.Empty(apres.Transport.EnvoiEnregistreAvant);
        Assert.NotNull((await LireAsync(apres.Factory, id)).EnvoyeLe);
        Assert.Equal(fichier, File.ReadAllBytes(Assert.Single(Directory.GetFiles(dossier, "*.eml"))));
        Assert.Equal([$"{id:N}.eml"], Directory.GetFiles(dossier).Select(Path.GetFileName));
        apres.Horloge.UtcNow = DateTime.UtcNow.AddHours(2);
        Assert.Equal(0, await apres.EnvoyerAsync());
    }

    [Fact]
    public async Task Pickup_MortAvantLaRemise_AuRedemarrageLeMailPartUneFois()
    {
        await using var db = TestDatabase.Create();
        var dossier = NouveauDossier();
        Guid id;
        await using (var avant = Demarrer(db, Dossier(dossier)))
        {
            avant.Transport.Panne = "avant";
            id = await QueueAsync(avant.Factory, "jury@exemple.fr");
            await Assert.ThrowsAsync<Mort>(avant.EnvoyerAsync);
            Assert.False(Directory.Exists(dossier) && Directory.GetFiles(dossier, "*.eml").Length > 0);
        }

        await using var apres = Demarrer(db, Dossier(dossier), DateTime.UtcNow.AddMinutes(6));
        Assert.Equal(1, await apres.EnvoyerAsync());

        Assert.Equal(1, apres.Transport.Remises);
        var mail = Assert.Single(MailReader.ReadFolder(dossier));
        Assert.Equal("jury@exemple.fr", mail.To);
        Assert.NotNull((await LireAsync(apres.Factory, id)).EnvoyeLe);
    }

    [Fact]
    public async Task Smtp_MortApresLaRemise_SeulLeMailEnVolEstRenvoye_SousLeMemeMessageId()
    {
        await using var serveur = new FakeSmtpServer();
        var smtp = new Dictionary<string, string?>
        {
            ["Mail:Mode"] = "Smtp", ["Mail:Smtp:Host"] = "127.0.0.1",
            ["Mail:Smtp:Port"] = serveur.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail:Smtp:Security"] = "None", ["Mail:Smtp:TimeoutSeconds"] = "10",
        };
        await using var db = TestDatabase.Create();
        Guid enVol;
        await using (var avant = Demarrer(db, smtp))
        {
            await QueueAsync(avant.Factory, "deja-parti@exemple.fr");
            Assert.Equal(1, await avant.EnvoyerAsync());
            avant.Transport.Panne = "apres";
            enVol = await QueueAsync(avant.Factory, "en-vol@exemple.fr");
            await Assert.ThrowsAsync<Mort>(avant.EnvoyerAsync);
        }

        // SMTP cannot be asked whether it took the message: the one in flight is sent again, the one recorded as sent never.
        await using var apres = Demarrer(db, smtp, DateTime.UtcNow.AddMinutes(6));
        Assert.Equal(1, await apres.EnvoyerAsync());
        apres.Horloge.UtcNow = DateTime.UtcNow.AddHours(2);
        Assert.Equal(0, await apres.EnvoyerAsync());

        var remises = serveur.Deliveries.Select(d => (To: d.To.Single(), Id: MimeKit.MimeMessage.Load(new MemoryStream(d.Data)).MessageId)).ToList();
        Assert.Single(remises, r => r.To == "deja-parti@exemple.fr");
        var copies = remises.Where(r => r.To == "en-vol@exemple.fr").ToList();
        Assert.Equal(2, copies.Count);
        Assert.Single(copies.Select(c => c.Id).Distinct());
        Assert.StartsWith(enVol.ToString("N") + "@", copies[0].Id);
        Assert.NotNull((await LireAsync(apres.Factory, enVol)).EnvoyeLe);
    }

    [Fact]
    public async Task Pickup_SecondeEcritureDuMemeMail_EstSansEffet()
    {
        await using var f = new EigWebFactory();
        var id = await QueueAsync(f, "candidate@exemple.fr");
        var message = await f.WithDbAsync(db => db.Outbox.Include(m => m.PiecesJointes).AsNoTracking().SingleAsync(m => m.Id == id));
        var transport = new MailKitTransport(f.Services.GetRequiredService<IOptions<MailOptions>>());
        var ct = TestContext.Current.CancellationToken;

        Assert.False(await transport.DejaRemisAsync(message, ct));
        await transport.SendAsync(message, ct);
        var premier = File.ReadAllBytes(Path.Combine(f.MailFolder, $"{id:N}.eml"));
        Assert.True(await transport.DejaRemisAsync(message, ct));

        // The same mail written again, once and then by eight writers at the same time (two instances, a retry).
        message.Sujet = "Une autre version";
        await transport.SendAsync(message, ct);
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => transport.SendAsync(message, ct), ct)));

        var fichiers = Directory.GetFiles(f.MailFolder);
        Assert.Equal([$"{id:N}.eml"], fichiers.Select(Path.GetFileName));
        Assert.Equal(premier, File.ReadAllBytes(fichiers[0]));
        Assert.Equal("Réinitialisation de votre mot de passe", Assert.Single(MailReader.ReadFolder(f.MailFolder)).Subject);
    }
}
