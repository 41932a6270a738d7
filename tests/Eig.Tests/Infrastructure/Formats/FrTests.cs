using Eig.Web.Infrastructure.Formats;

namespace Eig.Tests.Infrastructure.Formats;

/// <summary>The French formatting module: numbers, dates, and Paris time on both sides of the clock changes
/// (in 2027: summer time from Sunday 28 March at 02:00, winter time from Sunday 31 October at 03:00).</summary>
public class FrTests
{
    private static DateTime Utc(int y, int m, int d, int h, int min) => new(y, m, d, h, min, 0, DateTimeKind.Utc);

    [Fact]
    public void Numbers_AreWrittenTheFrenchWay()
    {
        Assert.Equal("3,06", Fr.Decimal(3.06));
        Assert.Equal("3,1", Fr.Decimal(3.06, 1));
        Assert.Equal("—", Fr.Decimal((double?)null));
        Assert.Equal("2\u202f100\u00a0€", Fr.Euros(2100));
        Assert.Equal("12\u202f345,50", Fr.Decimal(12345.5));
    }

    [Fact]
    public void Exports_GiveTheParisHour_WithItsOffset()
    {
        Assert.Equal("2027-02-01T14:30:00+01:00", Fr.PourExport(Utc(2027, 2, 1, 13, 30)));
        Assert.Equal("2027-07-01T15:30:00+02:00", Fr.PourExport(Utc(2027, 7, 1, 13, 30)));
        Assert.Equal(Utc(2027, 7, 1, 13, 30), DateTimeOffset.Parse(Fr.PourExport(Utc(2027, 7, 1, 13, 30)), System.Globalization.CultureInfo.InvariantCulture).UtcDateTime);
    }

    [Fact]
    public void Dates_AreWrittenInFull()
    {
        Assert.Equal("1 février 2027", Fr.Date(new DateOnly(2027, 2, 1)));
        Assert.Equal("1 février 2027 à 14h30", Fr.DateEtHeure(Utc(2027, 2, 1, 13, 30)));
        Assert.Equal("lundi 1 février 2027 à 14h30", Fr.DateHeure(Utc(2027, 2, 1, 13, 30)));
        // Late in the evening UTC is already the next day in Paris.
        Assert.Equal("2 février 2027", Fr.Date(Utc(2027, 2, 1, 23, 30)));
    }

    [Theory]
    [InlineData(2027, 3, 28, 0, 30, "28 mars 2027 à 01h30")]   // winter time, just before the change
    [InlineData(2027, 3, 28, 1, 0, "28 mars 2027 à 03h00")]    // the change: 02:00 becomes 03:00
    [InlineData(2027, 3, 28, 12, 0, "28 mars 2027 à 14h00")]   // summer time, UTC+2
    [InlineData(2027, 10, 31, 0, 30, "31 octobre 2027 à 02h30")] // summer time: the first 02:30
    [InlineData(2027, 10, 31, 1, 30, "31 octobre 2027 à 02h30")] // winter time: the same hour again
    [InlineData(2027, 10, 31, 12, 0, "31 octobre 2027 à 13h00")] // winter time, UTC+1
    public void Shown_InParisTime_AroundTheClockChanges(int y, int m, int d, int h, int min, string attendu) =>
        Assert.Equal(attendu, Fr.DateEtHeure(Utc(y, m, d, h, min)));

    [Theory]
    [InlineData("2027-03-28T01:30", 2027, 3, 28, 0, 30)]
    [InlineData("2027-03-28T03:00", 2027, 3, 28, 1, 0)]
    [InlineData("2027-03-28T14:00", 2027, 3, 28, 12, 0)]
    [InlineData("2027-10-31T01:30", 2027, 10, 30, 23, 30)]
    [InlineData("2027-10-31T02:30", 2027, 10, 31, 1, 30)]   // typed twice a year: read as winter time
    [InlineData("2027-10-31T14:00", 2027, 10, 31, 13, 0)]
    [InlineData("31/10/2027 14:00", 2027, 10, 31, 13, 0)]
    public void Entered_InParisTime_IsStoredInUtc(string saisie, int y, int m, int d, int h, int min)
    {
        Assert.True(Fr.LireSaisie(saisie, out var utc));
        Assert.Equal(Utc(y, m, d, h, min), utc);
        Assert.Equal(DateTimeKind.Utc, utc!.Value.Kind);
    }

    [Fact]
    public void Entered_ASkippedHour_IsRefused()
    {
        Assert.False(Fr.ExisteAParis(new DateTime(2027, 3, 28, 2, 30, 0)));
        Assert.False(Fr.LireSaisie("2027-03-28T02:30", out _));
        Assert.False(Fr.LireSaisie("demain", out _));
    }

    [Theory]
    [InlineData(2027, 3, 27, 13, 30)]
    [InlineData(2027, 3, 28, 12, 0)]
    [InlineData(2027, 10, 30, 12, 0)]
    [InlineData(2027, 10, 31, 13, 0)]
    public void Entered_ThenShown_GivesBackWhatWasTyped(int y, int m, int d, int h, int min)
    {
        var utc = Utc(y, m, d, h, min);
        Assert.True(Fr.LireSaisie(Fr.PourSaisie(utc), out var relu));
        Assert.Equal(utc, relu);
    }

    [Fact]
    public void Slot_EndsInParisTime_EvenAcrossTheChange()
    {
        // 01:30 → 03:30 Paris on 28 March 2027 lasts one hour.
        Assert.Equal("dimanche 28 mars 2027, de 01h30 à 03h30 (heure de Paris)", Fr.Creneau(Utc(2027, 3, 28, 0, 30), 60));
    }
}
