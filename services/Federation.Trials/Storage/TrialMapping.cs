using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Federation.Trials.Storage;

/// <summary>The trial aggregate in one row: its decisions as columns, its KPI lists and measurements as JSON.</summary>
internal static class TrialMapping
{
    public static void Map(EntityTypeBuilder<Trial> e)
    {
        // A node holds one copy of a trial: its home copy if this is the home city, its host copy if the
        // host city, and the domain never lets the two be the same city. A second copy under the same id
        // is then a peer's error, refused by the key rather than kept beside the first.
        e.HasKey(t => t.Id);
        e.Property(t => t.Id).ValueGeneratedNever();
        TrialVersion.Map(e);

        // Owned rather than complex as the other parties are: EF cannot index a complex property's column,
        // and the applicant's list is looked up by organisation (its id: names repeat across a city).
        e.OwnsOne(t => t.Applicant, a => a.HasIndex(p => p.OrganisationId));
        e.HasIndex(t => new { t.HomeCity, t.Status });
        e.HasIndex(t => new { t.HostCity, t.Status });
        e.HasIndex(t => t.Status);
        e.HasIndex(t => new { t.Status, t.ScreeningDeadline });

        e.Property(t => t.ProposedKpis).AsJson();
        e.Property(t => t.SolutionTitle).AsJson();
        e.ComplexProperty(t => t.Endorsement, c => c.Property(d => d.By).AsJson());
        e.ComplexProperty(t => t.Declination, c => c.Property(d => d.By).AsJson());
        e.ComplexProperty(t => t.Agreement, c => c.Property(a => a.Kpis).AsJson());
        e.ComplexProperty(t => t.AcceptedBy);
        e.ComplexProperty(t => t.Rejection, c => c.Property(d => d.By).AsJson());
        e.ComplexProperty(t => t.Withdrawal, c => c.Property(d => d.By).AsJson());
        e.ComplexProperty(t => t.FinalReport, c => c.Property(d => d.By).AsJson());
        e.ComplexProperty(t => t.Verdict, c => c.Property(d => d.VerifiedBy).AsJson());
        e.ComplexProperty(t => t.Outcome, c => c.Property(d => d.RecordedBy).AsJson());

        // One JSON array in the trial's row: kept in the order reported, saved with the trial's version,
        // and never queried apart from its trial.
        e.ComplexCollection(t => t.Measurements, m =>
        {
            m.ToJson();
            m.ComplexProperty(x => x.ReviewedBy);
        });
    }
}
