using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Federation.Trials.Common;

/// <summary>This city's programme limits (<c>Trials:*</c>); the defaults are Seoul's cross-verification programme.</summary>
public sealed class TrialsOptions
{
    public const string Section = "Trials";

    /// <summary>How long the host city has to answer an application before it shows as overdue: 8 weeks unless set.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00")]
    public TimeSpan ScreeningPeriod { get; set; } = TimeSpan.FromDays(7 * 8);

    /// <summary>The longest trial this city agrees to host or lets its startups apply for.</summary>
    [Range(1, 60)]
    public int MaxDurationMonths { get; set; } = 12;

    /// <summary>How often accepted trials whose start date has come are moved to running.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan StartSweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long before the screening deadline the host city's agencies are warned of an undecided application: a week unless set.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "60.00:00:00")]
    public TimeSpan ScreeningWarning { get; set; } = TimeSpan.FromDays(7);

    public TrialRules Rules => new(ScreeningPeriod, MaxDurationMonths);

    public static IHostApplicationBuilder AddTrialsOptions(IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TrialsOptions>().BindConfiguration(Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<TrialsOptions>>().Value.Rules);
        return builder;
    }
}
