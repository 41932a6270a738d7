using System.Buffers.Binary;
using System.Net.Sockets;
using System.Text;

namespace Eig.Web.Infrastructure.Fichiers;

public enum ResultatAnalyse { Sain, Infecte, Indisponible }

/// <summary>The antivirus hook of every upload (<see cref="Televersement"/>).</summary>
public interface IAntivirus
{
    Task<ResultatAnalyse> AnalyserAsync(byte[] contenu, CancellationToken ct = default);
}

/// <summary>No antivirus configured: files are judged by the other checks only (SECURITY.md says so).</summary>
public sealed class SansAntivirus : IAntivirus
{
    public Task<ResultatAnalyse> AnalyserAsync(byte[] contenu, CancellationToken ct = default) => Task.FromResult(ResultatAnalyse.Sain);
}

/// <summary>ClamAV through its daemon (clamd), with the INSTREAM command: <c>Antivirus:ClamAV:Host</c> and
/// <c>Port</c> (3310). An unreachable daemon means "not scanned", and the upload is refused until it answers.</summary>
public sealed class ClamAvDaemon(string host, int port, ILogger<ClamAvDaemon> logger) : IAntivirus
{
    private const int Morceau = 64 * 1024;

    public async Task<ResultatAnalyse> AnalyserAsync(byte[] contenu, CancellationToken ct = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(30));
            using var client = new TcpClient();
            await client.ConnectAsync(host, port, timeout.Token);
            await using var flux = client.GetStream();
            await flux.WriteAsync("zINSTREAM\0"u8.ToArray(), timeout.Token);
            var longueur = new byte[4];
            for (var i = 0; i < contenu.Length; i += Morceau)
            {
                var n = Math.Min(Morceau, contenu.Length - i);
                BinaryPrimitives.WriteUInt32BigEndian(longueur, (uint)n);
                await flux.WriteAsync(longueur, timeout.Token);
                await flux.WriteAsync(contenu.AsMemory(i, n), timeout.Token);
            }
            await flux.WriteAsync(new byte[4], timeout.Token);
            using var lecteur = new StreamReader(flux, Encoding.ASCII);
            var reponse = (await lecteur.ReadToEndAsync(timeout.Token)).TrimEnd('\0', '\n');
            if (reponse.EndsWith("OK", StringComparison.Ordinal)) return ResultatAnalyse.Sain;
            if (reponse.EndsWith("FOUND", StringComparison.Ordinal))
            {
                logger.LogWarning("Fichier refusé par l'antivirus : {Reponse}", reponse);
                return ResultatAnalyse.Infecte;
            }
            logger.LogError("Réponse inattendue de clamd : {Reponse}", reponse);
            return ResultatAnalyse.Indisponible;
        }
        catch (Exception e) when (e is SocketException or IOException or OperationCanceledException)
        {
            logger.LogError(e, "clamd injoignable ({Host}:{Port})", host, port);
            return ResultatAnalyse.Indisponible;
        }
    }
}

public static class FichiersSetup
{
    public static IServiceCollection AddFichiers(this IServiceCollection services, IConfiguration config)
    {
        var host = config["Antivirus:ClamAV:Host"];
        if (string.IsNullOrWhiteSpace(host))
            services.AddSingleton<IAntivirus, SansAntivirus>();
        else
            services.AddSingleton<IAntivirus>(sp => new ClamAvDaemon(host, config.GetValue("Antivirus:ClamAV:Port", 3310),
                sp.GetRequiredService<ILogger<ClamAvDaemon>>()));
        services.AddSingleton<Televersement>();
        return services;
    }
}
