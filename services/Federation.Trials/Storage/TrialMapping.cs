using Federation.Trials.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Federation.Trials.Storage;

/// <summary>The trial aggregate in one row: its decisions as columns, its KPI lists as JSON.</summary>
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

        e.ComplexProperty(t => t.Applicant);
        e.HasIndex(t => t.Applicant.Organisation);
        e.HasIndex(t => new { t.HomeCity, t.Status });
        e.HasIndex(t => new { t.HostCity, t.Status });
        e.HasIndex(t => t.Status);

        e.Property(t => t.ProposedKpis).HasKpiListConversion();
        e.ComplexProperty(t => t.Endorsement, c => c.ComplexProperty(d => d.By));
        e.ComplexProperty(t => t.Declination, c => c.ComplexProperty(d => d.By));
        e.ComplexProperty(t => t.Agreement, c => c.Property(a => a.Kpis).HasKpiListConversion());
        e.ComplexProperty(t => t.AcceptedBy);
        e.ComplexProperty(t => t.Rejection, c => c.ComplexProperty(d => d.By));
        e.ComplexProperty(t => t.Withdrawal, c => c.ComplexProperty(d => d.By));
        e.ComplexProperty(t => t.FinalReport, c => c.ComplexProperty(d => d.By));
        e.ComplexProperty(t => t.Verdict, c => c.ComplexProperty(d => d.VerifiedBy));
        e.ComplexProperty(t => t.Outcome, c => c.ComplexProperty(d => d.RecordedBy));

        // An entity of its own rather than owned, so that its reviewer can be a complex value like every
        // other party; always loaded with its trial, whose rules (no verdict while one is pending) need them all.
        e.HasMany(t => t.Measurements).WithOne().HasForeignKey(MeasurementMapping.TrialId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(t => t.Measurements).AutoInclude();
    }
}
