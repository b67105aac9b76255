using Federation.Contracts.Trials;
using Federation.Trials.Features.Certificates;

namespace Federation.Trials.Features.Running;

/// <summary>The host city's certificate of demonstration for a verified trial, signed with its node key.</summary>
public sealed class CertificateIssuer(CertificateSigner signer)
{
    public SignedCertificate Issue(Trial t)
    {
        var agreement = t.Agreement!;
        var verdict = t.Verdict!;
        // A KPI counts the latest value the host confirmed; disputed values are no result.
        var kpis = t.Progress().Select(p => new KpiAchieved(p.Kpi.Name, p.Kpi.Unit, p.Kpi.Baseline, p.Kpi.Target,
            p.Latest?.Value, p.Latest is not null)).ToList();
        return signer.Sign(new CertificateOfDemonstration(Guid.NewGuid(), t.Id, t.SolutionId, t.SolutionTitle, t.HomeCity,
            t.HostCity, t.Applicant.Organisation, agreement.HostAgency, agreement.Site,
            new TrialPeriod(agreement.StartDate, agreement.EndDate), kpis, verdict.Result.Word(), verdict.Findings, verdict.VerifiedAt));
    }
}
