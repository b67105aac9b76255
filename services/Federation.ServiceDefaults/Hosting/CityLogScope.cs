using Microsoft.Extensions.Logging;

namespace Federation.ServiceDefaults.Hosting;

public static class CityLogScope
{
    /// <summary>Puts the city in scope: printed as "city=taipei", kept as a structured "City" field.</summary>
    public static IDisposable? BeginCityScope(this ILogger logger, string city) => logger.BeginScope("city={City}", city);
}
