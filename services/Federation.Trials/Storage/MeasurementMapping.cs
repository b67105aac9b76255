using Federation.Trials.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Federation.Trials.Storage;

/// <summary>A trial's measurements, one row each, under the trial they belong to.</summary>
internal static class MeasurementMapping
{
    public const string TrialId = "TrialId";

    public static void Map(EntityTypeBuilder<Measurement> e)
    {
        e.ToTable("Measurements");
        // The id is the home city's, carried to the host with the value: never generated here, and only
        // looked up within its trial.
        e.Property<Guid>(TrialId);
        e.HasKey(TrialId, nameof(Measurement.Id));
        e.Property(m => m.Id).ValueGeneratedNever();
        e.ComplexProperty(m => m.ReviewedBy);
    }
}
