using System.Globalization;
using Federation.Members;

namespace Federation.Portal.Localization;

/// <summary>Times as the city's people read them: in the city's time zone (the member list's), not UTC.</summary>
public static class CityTime
{
    /// <summary>e.g. "2026-12-14 17:00 (Asia/Seoul)".</summary>
    public static string Show(DateTimeOffset at, Member city)
    {
        var zone = city.Zone;
        return $"{TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} ({zone.Id})";
    }

    /// <summary>The day it is in the city at <paramref name="at"/>.</summary>
    public static DateOnly Today(DateTimeOffset at, Member city) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, city.Zone).DateTime);
}
