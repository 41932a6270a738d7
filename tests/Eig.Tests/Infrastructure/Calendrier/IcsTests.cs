using System.Text;
using Eig.Web.Infrastructure.Calendrier;

namespace Eig.Tests.Infrastructure.Calendrier;

public class IcsTests
{
    private static readonly DateTime Debut = new(2026, 12, 3, 9, 0, 0, DateTimeKind.Utc);

    private static string Ecrire(string titre, TimeSpan? rappel = null) => Encoding.UTF8.GetString(
        Ics.Evenement("test-1@eig.numerique.gouv.fr", Debut, Debut.AddHours(1), titre, "Ligne 1\nLigne 2", "Salle 3, Ségur", Debut.AddDays(-2), rappel));

    [Fact]
    public void Event_HasParisTimes_AndEscapedText()
    {
        var ics = Ecrire("Soutenance; défi \"A, B\"");

        Assert.StartsWith("BEGIN:VCALENDAR\r\n", ics);
        Assert.EndsWith("END:VCALENDAR\r\n", ics);
        // 09:00 UTC in December is 10:00 in Paris (winter time).
        Assert.Contains("DTSTART;TZID=Europe/Paris:20261203T100000\r\n", ics);
        Assert.Contains("DTEND;TZID=Europe/Paris:20261203T110000\r\n", ics);
        Assert.Contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n", ics);
        Assert.Contains("SUMMARY:Soutenance\\; défi \"A\\, B\"\r\n", ics);
        Assert.Contains("DESCRIPTION:Ligne 1\\nLigne 2\r\n", ics);
        Assert.Contains("LOCATION:Salle 3\\, Ségur\r\n", ics);
        Assert.DoesNotContain("BEGIN:VALARM", ics);
    }

    [Fact]
    public void CancelledEvent_RemovesTheOneSentBefore_WithoutReminder()
    {
        var uid = "soutenance-1@eig.numerique.gouv.fr";
        var publie = Encoding.UTF8.GetString(Ics.Evenement(uid, Debut, Debut.AddHours(1), "Soutenance", "", null, Debut.AddDays(-3),
            TimeSpan.FromDays(1), Ics.Sequence(Debut.AddDays(-3))));
        var annule = Encoding.UTF8.GetString(Ics.Evenement(uid, Debut, Debut.AddHours(1), "Soutenance", "", null, Debut.AddDays(-2),
            TimeSpan.FromDays(1), Ics.Sequence(Debut.AddDays(-2)), annule: true));

        Assert.Contains("METHOD:PUBLISH\r\n", publie);
        Assert.DoesNotContain("STATUS:CANCELLED", publie);
        Assert.Contains("BEGIN:VALARM", publie);
        Assert.Contains("METHOD:CANCEL\r\n", annule);
        Assert.Contains("STATUS:CANCELLED\r\n", annule);
        Assert.Contains($"UID:{uid}\r\n", annule);
        Assert.DoesNotContain("BEGIN:VALARM", annule);
        // The later file carries the higher sequence: calendars apply it over the first.
        static int Sequence(string ics) => int.Parse(ics.Split("\r\n").Single(l => l.StartsWith("SEQUENCE:", StringComparison.Ordinal))["SEQUENCE:".Length..]);
        Assert.True(Sequence(annule) > Sequence(publie));
    }

    [Fact]
    public void LongLines_AreFoldedAt75Octets_WithoutCuttingACharacter()
    {
        var ics = Ecrire(string.Concat(Enumerable.Repeat("Évaluation ", 20)));

        foreach (var line in ics.Split("\r\n"))
            Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line);
        var unfolded = ics.Replace("\r\n ", "");
        Assert.Contains("SUMMARY:" + string.Concat(Enumerable.Repeat("Évaluation ", 20)).TrimEnd() , unfolded);
    }

    [Fact]
    public void Reminder_IsAnAlarmBeforeTheStart()
    {
        var ics = Ecrire("Entretien", TimeSpan.FromDays(1));

        Assert.Contains("BEGIN:VALARM\r\nTRIGGER:-PT1440M\r\nACTION:DISPLAY\r\n", ics);
    }
}
