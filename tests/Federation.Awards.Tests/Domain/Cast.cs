namespace Federation.Awards.Tests.Domain;

/// <summary>The people of the award in these tests: taipei hosts the secretariat; seoul and new-taipei nominate and judge.</summary>
internal static class Cast
{
    public const string Taipei = "taipei";
    public const string Seoul = "seoul";
    public const string NewTaipei = "new-taipei";

    public static readonly Actor Secretariat = new(Taipei, Actor.Secretariat, "sec", "GO SMART secretariat", Organisation(1));
    public static readonly Actor SeoulWithSecretariatRole = new(Seoul, Actor.Secretariat, "sec-seoul", "GO SMART secretariat", Organisation(2));
    public static readonly Actor TaipeiAgency = new(Taipei, Actor.Agency, "doit", "Taipei Department of Information Technology", Organisation(3));
    public static readonly Actor SeoulAgency = new(Seoul, Actor.Agency, "sdf", "Seoul Digital Foundation", Organisation(4));
    public static readonly Actor OtherSeoulAgency = new(Seoul, Actor.Agency, "smg", "Seoul Metropolitan Government", Organisation(5));
    public static readonly Actor NewTaipeiAgency = new(NewTaipei, Actor.Agency, "ntpc", "New Taipei City Government", Organisation(6));
    public static readonly Actor SeoulStartup = new(Seoul, Actor.Startup, "kim", "Hanbit Mobility", Organisation(7));
    public static readonly Actor OtherSeoulStartup = new(Seoul, Actor.Startup, "lee", "Namsan Sensors", Organisation(8));
    /// <summary>Another Seoul company registered under SeoulStartup's very name: the same name, a different id.</summary>
    public static readonly Actor SeoulStartupOfSameName = new(Seoul, Actor.Startup, "jung", "Hanbit Mobility", Organisation(99));
    public static readonly Actor NewTaipeiStartupOfSameName = new(NewTaipei, Actor.Startup, "wu", "Hanbit Mobility", Organisation(9));
    public static readonly Actor SeoulJudge = new(Seoul, Actor.Judge, "judge-park", "KAIST", Organisation(10));
    public static readonly Actor OtherSeoulJudge = new(Seoul, Actor.Judge, "judge-yoon", "Yonsei University", Organisation(11));
    public static readonly Actor TaipeiJudge = new(Taipei, Actor.Judge, "judge-chen", "National Taiwan University", Organisation(12));
    public static readonly Actor NewTaipeiJudge = new(NewTaipei, Actor.Judge, "judge-lin", "Fu Jen University", Organisation(13));

    public static readonly Actor[] Everyone =
    [
        Secretariat, SeoulWithSecretariatRole, TaipeiAgency, SeoulAgency, OtherSeoulAgency, NewTaipeiAgency, SeoulStartup,
        OtherSeoulStartup, SeoulStartupOfSameName, NewTaipeiStartupOfSameName, SeoulJudge, OtherSeoulJudge, TaipeiJudge, NewTaipeiJudge,
    ];

    // Organisations by id, as a city's directory hands them out: names repeat (the secretariat's), ids do not.
    private static Guid Organisation(int n) => Guid.Parse($"0b000000-0000-0000-0000-{n:D12}");

    public static Actor AgencyOf(string city) =>
        city switch { Taipei => TaipeiAgency, Seoul => SeoulAgency, _ => NewTaipeiAgency };

    /// <summary>An actor's test name: its user id, unique in the cast.</summary>
    public static Actor Named(string userId) => Everyone.Single(a => a.UserId == userId);

    /// <summary>The node user behind a judge actor, as the identity service would describe them.</summary>
    public static JudgeCandidate Candidate(Actor user) =>
        new(user.UserId, $"{user.UserId}@{user.City}", user.City, user.Role, user.Organisation);
}
