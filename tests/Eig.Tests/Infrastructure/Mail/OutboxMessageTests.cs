using Eig.Web.Infrastructure.Mail;

namespace Eig.Tests.Infrastructure.Mail;

public class OutboxMessageTests
{
    private static readonly DateTime T0 = new(2026, 11, 23, 8, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(4, 240)]
    [InlineData(7, 1920)]
    [InlineData(8, 3600)]   // 3840 s capped at one hour
    [InlineData(12, 3600)]
    public void EchecEnvoi_DoublesTheDelayUpToOneHour(int attempts, int expectedSeconds)
    {
        var message = new OutboxMessage { ProchaineTentative = T0 };
        var now = T0;

        for (var i = 0; i < attempts; i++)
        {
            now = now.AddMinutes(1);
            message.EchecEnvoi(now, $"échec {i + 1}");
        }

        Assert.Equal(attempts, message.Tentatives);
        Assert.Equal(now.AddSeconds(expectedSeconds), message.ProchaineTentative);
        Assert.Equal($"échec {attempts}", message.DerniereErreur);
        Assert.Null(message.EnvoyeLe);
    }

    [Fact]
    public void EchecEnvoi_LongError_IsCutTo2000Characters()
    {
        var message = new OutboxMessage();

        message.EchecEnvoi(T0, new string('x', 5000));

        Assert.Equal(2000, message.DerniereErreur!.Length);
    }

    [Fact]
    public void Envoye_AfterFailures_ClearsTheErrorAndKeepsTheCount()
    {
        var message = new OutboxMessage();
        message.EchecEnvoi(T0, "connexion refusée");

        message.Envoye(T0.AddMinutes(1));

        Assert.Equal(T0.AddMinutes(1), message.EnvoyeLe);
        Assert.Null(message.DerniereErreur);
        Assert.Equal(1, message.Tentatives);
    }
}
