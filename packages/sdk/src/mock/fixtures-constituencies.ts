import type { Constituency } from '@solidarity-widgets/contract';

/**
 * Thirteen real seats, exactly as the data package ships them (House of Commons Library 2024 results, by-elections
 * to 2026-08-20, MPs' party changes from mp-party-changes.json; Open Parliament Licence v3.0); a contract test checks
 * they still match. Chosen so the mock can show a split sector (Lewisham East / North), marginals near Lewisham East,
 * a by-election (Runcorn and Helsby, held by 6 votes), an MP who changed party (East Wiltshire: elected Conservative,
 * now Reform UK), and one seat in each nation.
 */
export const constituencies: readonly Constituency[] = [
  {
    "code": "E14001331",
    "name": "Lewisham East",
    "nation": "England",
    "region": "London",
    "mp": {
      "name": "Janet Daby",
      "party": "Lab",
      "partyName": "Labour"
    },
    "majorityPct": 0.44474,
    "majorityFrom": {
      "election": "general",
      "date": "2024-07-04"
    },
    "electorate": 73380,
    "turnout": 0.55379,
    "result": "Lab hold",
    "winner": {
      "name": "Janet Daby",
      "party": "Lab",
      "partyName": "Labour",
      "votes": 23646
    },
    "runnerUp": {
      "name": "Mike Herron",
      "party": "Green",
      "partyName": "Green",
      "votes": 5573
    },
    "majority": 18073,
    "validVotes": 40637,
    "shares": {
      "Lab": 0.58188,
      "Green": 0.13714,
      "Con": 0.1083,
      "Reform": 0.08537,
      "LD": 0.06081,
      "WPB": 0.0142,
      "CPA": 0.00994,
      "SG": 0.00236
    },
    "byElection": null,
    "centroid": {
      "lat": 51.4342,
      "lon": -0.00331
    },
    "marginality": "safe",
    "dataCurrentTo": "2026-08-20",
    "partiesCurrentTo": "2026-06-27"
  },
  {
    "code": "E14001332",
    "name": "Lewisham North",
    "nation": "England",
    "region": "London",
    "mp": {
      "name": "Vicky Foxcroft",
      "party": "Lab",
      "partyName": "Labour"
    },
    "majorityPct": 0.35733,
    "majorityFrom": {
      "election": "general",
      "date": "2024-07-04"
    },
    "electorate": 74205,
    "turnout": 0.5952,
    "result": "Lab hold",
    "winner": {
      "name": "Vicky Foxcroft",
      "party": "Lab",
      "partyName": "Labour",
      "votes": 25467
    },
    "runnerUp": {
      "name": "Adam Pugh",
      "party": "Green",
      "partyName": "Green",
      "votes": 9685
    },
    "majority": 15782,
    "validVotes": 44167,
    "shares": {
      "Lab": 0.57661,
      "Green": 0.21928,
      "LD": 0.07435,
      "Con": 0.06115,
      "Reform": 0.04528,
      "WPB": 0.01035,
      "Ind": 0.0055,
      "Comm": 0.00478,
      "AGS": 0.00269
    },
    "byElection": null,
    "centroid": {
      "lat": 51.46931,
      "lon": -0.02537
    },
    "marginality": "safe",
    "dataCurrentTo": "2026-08-20",
    "partiesCurrentTo": "2026-06-27"
  },
  {
    "code": "E14001257",
    "name": "Greenwich and Woolwich",
    "nation": "England",
    "region": "London",
    "mp": {
      "name": "Matthew Pennycook",
      "party": "Lab",
      "partyName": "Labour"
    },
    "majorityPct": 0.42993,
    "majorityFrom": {
      "election": "general",
      "date": "2024-07-04"
    },
    "electorate": 73073,
    "turnout": 0.58461,
    "result": "Lab hold",
    "winner": {
      "name": "Matthew Pennycook",
      "party": "Lab",
      "partyName": "Labour",
      "votes": 23999
    },
    "runnerUp": {
      "name": "Stacy Smith",
      "party": "Green",
      "partyName": "Green",
      "votes": 5633
    },
    "majority": 18366,
    "validVotes": 42719,
    "shares": {
      "Lab": 0.56179,
      "Green": 0.13186,
      "Con": 0.11384,
      "LD": 0.09047,
      "Reform": 0.07737,
      "WPB": 0.01334,
      "Ind": 0.00728,
      "Cli": 0.00405
    },
    "byElection": null,
    "centroid": {
      "lat": 51.48444,
      "lon": 0.02531
    },
    "marginality": "safe",
    "dataCurrentTo": "2026-08-20",
    "partiesCurrentTo": "2026-06-27"
  },
  {
    "code": "E14001172",
    "name": "Cities of London and Westminster",
    "nation": "England",
    "region": "London",
    "mp": {
      "name": "Rachel Blake",
      "party": "Lab",
      "partyName": "Labour and Co-operative"
    },
    "majorityPct": 0.06906,
    "majorityFrom": {
      "election": "general",
      "date": "2024-07-04"
    },
    "electorate": 73369,
    "turnout": 0.53449,
    "result": "Lab gain from Con",
    "winner": {
      "name": "Rachel Blake",
      "party": "Lab",
      "partyName": "Labour and Co-operative",
      "votes": 15302
    },
    "runnerUp": {
      "name": "Tim Barnes",
      "party": "Con",
      "partyName": "Conservative",
      "votes": 12594
    },
    "majority": 2708,
    "validVotes": 39215,
    "shares": {
      "Lab": 0.39021,
      "Con": 0.32115,
      "LD": 0.11054,
      "Green": 0.07252,
      "Reform": 0.07018,
      "WPB": 0.01854,
      "REU": 0.00898,
      "Ind": 0.00507,
      "SDP": 0.00281
    },
    "byElection": null,
    "centroid": {
      "lat": 51.51085,
      "lon": -0.1389
    },
    "marginality": "marginal",
    "dataCurrentTo": "2026-08-20",
    "partiesCurrentTo": "2026-06-27"
  },
  {
    "code": "E14001137",
    "name": "Bromley and Biggin Hill",
    "nation": "England",
    "region": "London",
    "mp": {
      "name": "Peter Fortune",
      "party": "Con",
      "partyName": "Conservative"
    },
    "majorityPct": 0.00645,
    "majorityFrom": {
      "election": "general",
      "date": "2024-07-04"
    },
    "electorate": 70713,
    "turnout": 0.66166,
    "result": "Con hold",
    "winner": {
      "name": "Peter Fortune",
      "party": "Con",
      "partyName": "Conservative",
      "votes": 15929
    },
    "runnerUp": {
      "name": "Oana Olaru-Holmes",
      "party": "Lab",
      "partyName": "Labour",
      "votes": 15627
    },
    "majority": 302,
    "validVotes": 46788,
    "shares": {
      "Con": 0.34045,
      "Lab": 0.334,
      "Reform": 0.17532,
      "LD": 0.09302,
      "Green": 0.05521,
      "Cli": 0.00201
    },
    "byElection": null,
    "centroid": {
      "lat": 51.36176,
      "lon": 0.02436
    },
    "marginality": "ultra_marginal",
    "dataCurrentTo": "2026-08-20",
    "partiesCurrentTo": "2026-06-27"
  },
  {
    "code": "E14001414",
    "name": "Old Bexley and Sidcup",
    "nation": "England",
    "region": "London",
    "mp": {
      "name": "Louie French",
      "party": "Con",
      "partyName": "Conservative"
    },
    "majorityPct": 0.07449,
    "majorityFrom": {
      "election": "general",
      "date": "2024-07-04"
    },
    "electorate": 73198,
    "turnout": 0.65074,
    "result": "Con hold",
    "winner": {
      "name": "Louie French",
      "party": "Con",
      "partyName": "Conservative",
      "votes": 17910
    },
    "runnerUp": {
      "name": "Edward Jones",
      "party": "Lab",
      "partyName": "Labour",
      "votes": 14362
    },
    "majority": 3548,
    "validVotes": 47633,
    "shares": {
      "Con": 0.376,
      "Lab": 0.30151,
      "Reform": 0.218,
      "Green": 0.05461,
      "LD": 0.04046,
      "REU": 0.00527,
      "Ind": 0.00416
    },
    "byElection": null,
    "centroid": {
      "lat": 51.4362,
      "lon": 0.11856
    },
    "marginality": "marginal",
    "dataCurrentTo": "2026-08-20",
    "partiesCurrentTo": "2026-06-27"
  },
  {
    "code": "E14001086",
    "name": "Bethnal Green and Stepney",
    "nation": "England",
    "region": "London",
    "mp": {
      "name": "Rushanara Ali",
      "party": "Lab",
      "partyName": "Labour"
    },
    "majorityPct": 0.03621,
    "majorityFrom": {
      "election": "general",
      "date": "2024-07-04"
    },
    "electorate": 81439,
    "turnout": 0.57278,
    "result": "Lab hold",
    "winner": {
      "name": "Rushanara Ali",
      "party": "Lab",
      "partyName": "Labour",
      "votes": 15896
    },
    "runnerUp": {
      "name": "Ajmal Masroor",
      "party": "Ind",
      "partyName": "Independent",
      "votes": 14207
    },
    "majority": 1689,
    "validVotes": 46647,
    "shares": {
      "Lab": 0.34077,
      "Ind": 0.32409,
      "Green": 0.13701,
      "LD": 0.10241,
      "Reform": 0.0421,
      "Con": 0.04116,
      "ANWP": 0.00746,
      "SDP": 0.00499
    },
    "byElection": null,
    "centroid": {
      "lat": 51.52271,
      "lon": -0.05974
    },
    "marginality": "ultra_marginal",
    "dataCurrentTo": "2026-08-20",
    "partiesCurrentTo": "2026-06-27"
  },
  {
    "code": "E14001089",
    "name": "Bexleyheath and Crayford",
    "nation": "England",
    "region": "London",
    "mp": {
      "name": "Daniel Francis",
      "party": "Lab",
      "partyName": "Labour"
    },
    "majorityPct": 0.04864,
    "majorityFrom": {
      "election": "general",
      "date": "2024-07-04"
    },
    "electorate": 70297,
    "turnout": 0.61825,
    "result": "Lab gain from Con",
    "winner": {
      "name": "Daniel Francis",
      "party": "Lab",
      "partyName": "Labour",
      "votes": 15717
    },
    "runnerUp": {
      "name": "Mark Brooks",
      "party": "Con",
      "partyName": "Conservative",
      "votes": 13603
    },
    "majority": 2114,
    "validVotes": 43461,
    "shares": {
      "Lab": 0.36163,
      "Con": 0.31299,
      "Reform": 0.22689,
      "LD": 0.05071,
      "Green": 0.04777
    },
    "byElection": null,
    "centroid": {
      "lat": 51.46334,
      "lon": 0.16059
    },
    "marginality": "ultra_marginal",
    "dataCurrentTo": "2026-08-20",
    "partiesCurrentTo": "2026-06-27"
  },
  {
    "code": "N05000003",
    "name": "Belfast South and Mid Down",
    "nation": "Northern Ireland",
    "region": "Northern Ireland",
    "mp": {
      "name": "Claire Hanna",
      "party": "SDLP",
      "partyName": "Social Democratic and Labour Party"
    },
    "majorityPct": 0.28755,
    "majorityFrom": {
      "election": "general",
      "date": "2024-07-04"
    },
    "electorate": 74749,
    "turnout": 0.58183,
    "result": "SDLP hold",
    "winner": {
      "name": "Claire Hanna",
      "party": "SDLP",
      "partyName": "Social Democratic and Labour Party",
      "votes": 21345
    },
    "runnerUp": {
      "name": "Kate Nicholl",
      "party": "Alliance",
      "partyName": "Alliance",
      "votes": 8839
    },
    "majority": 12506,
    "validVotes": 43491,
    "shares": {
      "SDLP": 0.49079,
      "Alliance": 0.20324,
      "DUP": 0.15771,
      "UUP": 0.061,
      "TUV": 0.051,
      "Green": 0.03626
    },
    "byElection": null,
    "centroid": {
      "lat": 54.52553,
      "lon": -5.89651
    },
    "marginality": "safe",
    "dataCurrentTo": "2026-08-20",
    "partiesCurrentTo": "2026-06-27"
  },
  {
    "code": "E14001455",
    "name": "Runcorn and Helsby",
    "nation": "England",
    "region": "North West",
    "mp": {
      "name": "Sarah Pochin",
      "party": "Reform",
      "partyName": "Reform UK"
    },
    "majorityPct": 0.00018,
    "majorityFrom": {
      "election": "by_election",
      "date": "2025-05-01"
    },
    "electorate": 70801,
    "turnout": 0.59653,
    "result": "Lab hold",
    "winner": {
      "name": "Mike Amesbury",
      "party": "Lab",
      "partyName": "Labour",
      "votes": 22358
    },
    "runnerUp": {
      "name": "Jason Moorcroft",
      "party": "Reform",
      "partyName": "Reform UK",
      "votes": 7662
    },
    "majority": 6,
    "validVotes": 42235,
    "shares": {
      "Lab": 0.52937,
      "Reform": 0.18141,
      "Con": 0.15996,
      "Green": 0.06428,
      "LD": 0.05088,
      "Lib": 0.01134,
      "SDP": 0.00275
    },
    "byElection": {
      "date": "2025-05-01",
      "winner": {
        "name": "Sarah Joanne Pochin",
        "party": "Reform",
        "partyName": "Reform UK",
        "votes": 12645
      },
      "majority": 6
    },
    "centroid": {
      "lat": 53.27459,
      "lon": -2.7575
    },
    "marginality": "ultra_marginal",
    "dataCurrentTo": "2026-08-20",
    "partiesCurrentTo": "2026-06-27"
  },
  {
    "code": "S14000060",
    "name": "Aberdeen North",
    "nation": "Scotland",
    "region": "Scotland",
    "mp": {
      "name": "Kirsty Blackman",
      "party": "SNP",
      "partyName": "Scottish National Party"
    },
    "majorityPct": 0.04181,
    "majorityFrom": {
      "election": "general",
      "date": "2024-07-04"
    },
    "electorate": 75925,
    "turnout": 0.55443,
    "result": "SNP hold",
    "winner": {
      "name": "Kirsty Blackman",
      "party": "SNP",
      "partyName": "Scottish National Party",
      "votes": 14533
    },
    "runnerUp": {
      "name": "Lynn Thomson",
      "party": "Lab",
      "partyName": "Labour",
      "votes": 12773
    },
    "majority": 1760,
    "validVotes": 42095,
    "shares": {
      "SNP": 0.34524,
      "Lab": 0.30343,
      "Con": 0.13971,
      "Reform": 0.08982,
      "LD": 0.06136,
      "Green": 0.03029,
      "Alba": 0.0167,
      "SFP": 0.00836,
      "TUSC": 0.00508
    },
    "byElection": null,
    "centroid": {
      "lat": 57.18775,
      "lon": -2.18447
    },
    "marginality": "ultra_marginal",
    "dataCurrentTo": "2026-08-20",
    "partiesCurrentTo": "2026-06-27"
  },
  {
    "code": "W07000089",
    "name": "Cardiff East",
    "nation": "Wales",
    "region": "Wales",
    "mp": {
      "name": "Jo Stevens",
      "party": "Lab",
      "partyName": "Labour"
    },
    "majorityPct": 0.23252,
    "majorityFrom": {
      "election": "general",
      "date": "2024-07-04"
    },
    "electorate": 72876,
    "turnout": 0.53684,
    "result": "Lab hold",
    "winner": {
      "name": "Jo Stevens",
      "party": "Lab",
      "partyName": "Labour",
      "votes": 15833
    },
    "runnerUp": {
      "name": "Rodney Berman",
      "party": "LD",
      "partyName": "Liberal Democrat",
      "votes": 6736
    },
    "majority": 9097,
    "validVotes": 39123,
    "shares": {
      "Lab": 0.4047,
      "LD": 0.17217,
      "Reform": 0.12729,
      "Green": 0.10009,
      "Con": 0.10002,
      "PC": 0.09074,
      "TUSC": 0.00498
    },
    "byElection": null,
    "centroid": {
      "lat": 51.50911,
      "lon": -3.12997
    },
    "marginality": "safe",
    "dataCurrentTo": "2026-08-20",
    "partiesCurrentTo": "2026-06-27"
  },
  {
    "code": "E14001217",
    "name": "East Wiltshire",
    "nation": "England",
    "region": "South West",
    "mp": {
      "name": "Danny Kruger",
      "party": "Reform",
      "partyName": "Reform UK",
      "elected": {
        "party": "Con",
        "partyName": "Conservative",
        "date": "2024-07-04"
      },
      "partySince": "2025-09-15",
      "partySinceExact": true,
      "partySource": "https://www.shropshirestar.com/uk-news/2025/09/15/sitting-mp-danny-kruger-quits-tories-for-reform-uk/"
    },
    "majorityPct": 0.09993,
    "majorityFrom": {
      "election": "general",
      "date": "2024-07-04"
    },
    "electorate": 74139,
    "turnout": 0.63655,
    "result": "Con hold",
    "winner": {
      "name": "Danny Kruger",
      "party": "Con",
      "partyName": "Conservative",
      "votes": 16849
    },
    "runnerUp": {
      "name": "Rob Newman",
      "party": "Lab",
      "partyName": "Labour",
      "votes": 12133
    },
    "majority": 4716,
    "validVotes": 47193,
    "shares": {
      "Con": 0.35702,
      "Lab": 0.25709,
      "LD": 0.17384,
      "Reform": 0.16708,
      "Green": 0.03907,
      "TFB": 0.00589
    },
    "byElection": null,
    "centroid": {
      "lat": 51.33692,
      "lon": -1.74248
    },
    "marginality": "marginal",
    "dataCurrentTo": "2026-08-20",
    "partiesCurrentTo": "2026-06-27"
  }
];
