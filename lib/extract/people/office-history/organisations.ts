/**
 * Heads of international organisations since 2000. A person who also held national office is listed
 * here with all their terms when the organisation post is what they are best known for; people
 * better known for national office (Tusk, Draghi, Tajani, Bachelet...) keep their organisation
 * terms in their region's file.
 */
import type { OfficeHolder } from './office-holder';
import { dm, fm, hg, hs, org, orgOther, ot } from './terms';

const UN = 'United Nations';
const UNSG = 'Secretary-General';
const NATO = 'NATO';
const NATO_SG = 'Secretary General';
const EC = 'European Commission';
const EC_PRES = 'President of the European Commission';
const EUCO = 'European Council';
const EUCO_PRES = 'President of the European Council';
const EU = 'European Union';
const HR = 'High Representative of the Union for Foreign Affairs and Security Policy';
const EP = 'European Parliament';
const EP_PRES = 'President of the European Parliament';
const AU = 'African Union';
const AU_CHAIR = 'Chairperson of the African Union Commission';
const IMF = 'IMF';
const IMF_MD = 'Managing Director';
const WB = 'World Bank';
const WB_PRES = 'President of the World Bank Group';
const WTO = 'WTO';
const WHO = 'WHO';
const IAEA = 'IAEA';
const DG = 'Director-General';
const OSCE = 'OSCE';
const ARAB_LEAGUE = 'Arab League';
const ASEAN = 'ASEAN';
const SG = 'Secretary-General';
const ECB = 'European Central Bank';
const OECD = 'OECD';
const OHCHR = 'OHCHR';
const UNHCHR = 'UN High Commissioner for Human Rights';
const UNHCR = 'UNHCR';
const UNHCR_HEAD = 'UN High Commissioner for Refugees';

export const ORGANISATION_OFFICE_HOLDERS: OfficeHolder[] = [
  // United Nations
  { name: 'Kofi Annan', aliases: ['Annan'], terms: [org(UN, UNSG, '1997-01-01', '2006-12-31')] },
  { name: 'Ban Ki-moon', aliases: ['Ban Ki Moon', 'Ban Ki-Moon'], terms: [fm('KR', '2004-01-17', '2006-11-09'), org(UN, UNSG, '2007-01-01', '2016-12-31')] },
  { name: 'António Guterres', aliases: ['Guterres', 'Antonio Guterres'], terms: [hg('PT', '1995-10-28', '2002-04-06'), org(UNHCR, UNHCR_HEAD, '2005-06-15', '2015-12-31'), org(UN, UNSG, '2017-01-01', '2026-12-31')] },
  { name: 'Ruud Lubbers', aliases: ['Lubbers'], terms: [org(UNHCR, UNHCR_HEAD, '2001-01-01', '2005-02-20')] },
  { name: 'Filippo Grandi', aliases: [], terms: [org(UNHCR, UNHCR_HEAD, '2016-01-01', '2025-12-31')] },
  { name: 'Mary Robinson', aliases: [], terms: [org(OHCHR, UNHCHR, '1997-09-12', '2002-09-11')] },
  { name: 'Sérgio Vieira de Mello', aliases: ['Sergio Vieira de Mello', 'Vieira de Mello'], terms: [org(OHCHR, UNHCHR, '2002-09-12', '2003-08-19')] },
  { name: 'Louise Arbour', aliases: [], terms: [org(OHCHR, UNHCHR, '2004-07-01', '2008-06-30')] },
  { name: 'Navi Pillay', aliases: ['Navanethem Pillay'], terms: [org(OHCHR, UNHCHR, '2008-09-01', '2014-08-31')] },
  { name: "Zeid Ra'ad Al Hussein", aliases: ["Zeid Ra'ad al-Hussein", 'Zeid bin Raad'], terms: [org(OHCHR, UNHCHR, '2014-09-01', '2018-08-31')] },
  { name: 'Volker Türk', aliases: ['Volker Turk'], terms: [org(OHCHR, UNHCHR, '2022-10-17')] },

  // NATO
  { name: 'George Robertson', aliases: ['Lord Robertson'], terms: [dm('GB', '1997-05-02', '1999-10-11', 'Secretary of State for Defence'), org(NATO, NATO_SG, '1999-10-14', '2003-12-17')] },
  { name: 'Jaap de Hoop Scheffer', aliases: ['de Hoop Scheffer'], terms: [fm('NL', '2002-07-22', '2003-12-03'), org(NATO, NATO_SG, '2004-01-01', '2009-08-01')] },
  { name: 'Anders Fogh Rasmussen', aliases: ['Fogh Rasmussen'], terms: [hg('DK', '2001-11-27', '2009-04-05'), org(NATO, NATO_SG, '2009-08-01', '2014-10-01')] },
  { name: 'Jens Stoltenberg', aliases: ['Stoltenberg'], terms: [hg('NO', '2000-03-17', '2001-10-19'), hg('NO', '2005-10-17', '2013-10-16'), org(NATO, NATO_SG, '2014-10-01', '2024-10-01'), ot('NO', 'Minister of Finance', '2025-02-04')] },
  { name: 'Mark Rutte', aliases: ['Rutte'], terms: [hg('NL', '2010-10-14', '2024-07-02'), org(NATO, NATO_SG, '2024-10-01')] },

  // European Union
  { name: 'Romano Prodi', aliases: ['Prodi'], terms: [org(EC, EC_PRES, '1999-09-16', '2004-11-22'), hg('IT', '2006-05-17', '2008-05-08', 'President of the Council of Ministers')] },
  { name: 'José Manuel Barroso', aliases: ['Barroso', 'José Manuel Durão Barroso', 'Durão Barroso', 'Durao Barroso', 'Jose Manuel Barroso'], terms: [hg('PT', '2002-04-06', '2004-07-17'), org(EC, EC_PRES, '2004-11-22', '2014-10-31')] },
  { name: 'Jean-Claude Juncker', aliases: ['Juncker'], terms: [hg('LU', '1995-01-20', '2013-12-04'), org(EC, EC_PRES, '2014-11-01', '2019-11-30')] },
  { name: 'Ursula von der Leyen', aliases: ['von der Leyen', 'Von der Leyen', 'VDL'], terms: [dm('DE', '2013-12-17', '2019-07-17', 'Federal Minister of Defence'), org(EC, EC_PRES, '2019-12-01')] },
  { name: 'Herman Van Rompuy', aliases: ['Van Rompuy'], terms: [hg('BE', '2008-12-30', '2009-11-25'), org(EUCO, EUCO_PRES, '2009-12-01', '2014-11-30')] },
  { name: 'Charles Michel', aliases: [], terms: [hg('BE', '2014-10-11', '2019-10-27'), org(EUCO, EUCO_PRES, '2019-12-01', '2024-11-30')] },
  { name: 'António Costa', aliases: ['Antonio Costa'], terms: [hg('PT', '2015-11-26', '2024-04-02'), org(EUCO, EUCO_PRES, '2024-12-01')] },
  { name: 'Javier Solana', aliases: ['Solana'], terms: [org(NATO, NATO_SG, '1995-12-05', '1999-10-06'), org(EU, HR, '1999-10-18', '2009-11-30')] },
  { name: 'Catherine Ashton', aliases: ['Lady Ashton'], terms: [org(EU, HR, '2009-12-01', '2014-10-31')] },
  { name: 'Federica Mogherini', aliases: ['Mogherini'], terms: [fm('IT', '2014-02-22', '2014-10-31'), org(EU, HR, '2014-11-01', '2019-11-30')] },
  { name: 'Josep Borrell', aliases: ['Borrell', 'Josep Borrell Fontelles'], terms: [org(EP, EP_PRES, '2004-07-20', '2007-01-16'), fm('ES', '2018-06-07', '2019-11-30'), org(EU, HR, '2019-12-01', '2024-11-30')] },
  { name: 'Kaja Kallas', aliases: ['Kallas'], terms: [hg('EE', '2021-01-26', '2024-07-23'), org(EU, HR, '2024-12-01')] },
  { name: 'Nicole Fontaine', aliases: [], terms: [org(EP, EP_PRES, '1999-07-20', '2002-01-15')] },
  { name: 'Pat Cox', aliases: [], terms: [org(EP, EP_PRES, '2002-01-15', '2004-07-20')] },
  { name: 'Hans-Gert Pöttering', aliases: ['Pöttering', 'Poettering', 'Hans-Gert Poettering'], terms: [org(EP, EP_PRES, '2007-01-16', '2009-07-14')] },
  { name: 'Martin Schulz', aliases: [], terms: [org(EP, EP_PRES, '2012-01-17', '2017-01-17')] },
  { name: 'David Sassoli', aliases: ['Sassoli'], terms: [org(EP, EP_PRES, '2019-07-03', '2022-01-11')] },
  { name: 'Roberta Metsola', aliases: ['Metsola'], terms: [org(EP, EP_PRES, '2022-01-18')] },
  { name: 'Wim Duisenberg', aliases: ['Duisenberg'], terms: [org(ECB, 'President', '1998-06-01', '2003-10-31')] },
  { name: 'Jean-Claude Trichet', aliases: ['Trichet'], terms: [org(ECB, 'President', '2003-11-01', '2011-10-31')] },
  { name: 'Christine Lagarde', aliases: ['Lagarde'], terms: [ot('FR', 'Minister of the Economy and Finance', '2007-06-19', '2011-06-29'), org(IMF, IMF_MD, '2011-07-05', '2019-09-12'), org(ECB, 'President', '2019-11-01')] },
  { name: 'Maroš Šefčovič', aliases: ['Šefčovič', 'Sefcovic', 'Maros Sefcovic'], terms: [orgOther(EC, 'European Commissioner', '2010-02-10')] },

  // African Union, Arab League, ASEAN, Francophonie
  { name: 'Alpha Oumar Konaré', aliases: ['Konaré', 'Konare', 'Alpha Oumar Konare'], terms: [hs('ML', '1992-06-08', '2002-06-08'), org(AU, AU_CHAIR, '2003-09-16', '2008-04-28')] },
  { name: 'Jean Ping', aliases: [], terms: [org(AU, AU_CHAIR, '2008-04-28', '2012-10-15')] },
  { name: 'Nkosazana Dlamini-Zuma', aliases: ['Dlamini-Zuma', 'Dlamini Zuma'], terms: [fm('ZA', '1999-06-17', '2009-05-10', 'Minister of Foreign Affairs'), org(AU, AU_CHAIR, '2012-10-15', '2017-03-14')] },
  { name: 'Moussa Faki Mahamat', aliases: ['Moussa Faki', 'Faki'], terms: [hg('TD', '2003-06-24', '2005-02-04'), fm('TD', '2008-04-23', '2017-01-30'), org(AU, AU_CHAIR, '2017-03-14', '2025-03-13')] },
  { name: 'Mahmoud Ali Youssouf', aliases: ['Youssouf', 'Mahmoud Ali Yousouf'], terms: [fm('DJ', '2005-05', '2025-02'), org(AU, AU_CHAIR, '2025-03-13')] },
  { name: 'Amr Moussa', aliases: ['Amr Mussa'], terms: [org(ARAB_LEAGUE, SG, '2001-05', '2011-06-30')] },
  { name: 'Nabil Elaraby', aliases: ['Elaraby', 'Nabil al-Araby', 'Nabil el-Araby'], terms: [fm('EG', '2011-03-06', '2011-06-30'), org(ARAB_LEAGUE, SG, '2011-07-01', '2016-06-30')] },
  { name: 'Ahmed Aboul Gheit', aliases: ['Aboul Gheit', 'Ahmed Abul Gheit'], terms: [fm('EG', '2004-07-14', '2011-03-06'), org(ARAB_LEAGUE, SG, '2016-07-01')] },
  { name: 'Rodolfo Severino', aliases: [], terms: [org(ASEAN, SG, '1998-01-01', '2002-12-31')] },
  { name: 'Ong Keng Yong', aliases: [], terms: [org(ASEAN, SG, '2003-01-01', '2007-12-31')] },
  { name: 'Surin Pitsuwan', aliases: ['Surin'], terms: [org(ASEAN, SG, '2008-01-01', '2012-12-31')] },
  { name: 'Lê Lương Minh', aliases: ['Le Luong Minh'], terms: [org(ASEAN, SG, '2013-01-01', '2017-12-31')] },
  { name: 'Lim Jock Hoi', aliases: [], terms: [org(ASEAN, SG, '2018-01-01', '2022-12-31')] },
  { name: 'Kao Kim Hourn', aliases: [], terms: [org(ASEAN, SG, '2023-01-01')] },
  { name: 'Abdou Diouf', aliases: [], terms: [hs('SN', '1981-01-01', '2000-04-01'), org('Organisation internationale de la Francophonie', 'Secretary General', '2003-01-01', '2014-12-31')] },
  { name: 'Michaëlle Jean', aliases: ['Michaelle Jean'], terms: [ot('CA', 'Governor General', '2005-09-27', '2010-10-01'), org('Organisation internationale de la Francophonie', 'Secretary General', '2015-01-05', '2018-12-31')] },

  // IMF, World Bank, WTO, OECD
  { name: 'Rodrigo Rato', aliases: ['Rodrigo de Rato'], terms: [org(IMF, IMF_MD, '2004-06-07', '2007-10-31')] },
  { name: 'Dominique Strauss-Kahn', aliases: ['Strauss-Kahn', 'DSK'], terms: [org(IMF, IMF_MD, '2007-11-01', '2011-05-18')] },
  { name: 'Kristalina Georgieva', aliases: ['Georgieva'], terms: [orgOther(WB, 'Chief Executive Officer', '2017-01-02', '2019-09-30'), org(IMF, IMF_MD, '2019-10-01')] },
  { name: 'James Wolfensohn', aliases: ['Wolfensohn'], terms: [org(WB, WB_PRES, '1995-06-01', '2005-05-31')] },
  { name: 'Paul Wolfowitz', aliases: ['Wolfowitz'], terms: [ot('US', 'Deputy Secretary of Defense', '2001-03-02', '2005-06-01'), org(WB, WB_PRES, '2005-06-01', '2007-06-30')] },
  { name: 'Robert Zoellick', aliases: ['Zoellick'], terms: [ot('US', 'Trade Representative', '2001-02-07', '2005-02-22'), org(WB, WB_PRES, '2007-07-01', '2012-06-30')] },
  { name: 'Jim Yong Kim', aliases: [], terms: [org(WB, WB_PRES, '2012-07-01', '2019-02-01')] },
  { name: 'David Malpass', aliases: ['Malpass'], terms: [org(WB, WB_PRES, '2019-04-09', '2023-06-01')] },
  { name: 'Ajay Banga', aliases: ['Banga'], terms: [org(WB, WB_PRES, '2023-06-02')] },
  { name: 'Mike Moore', aliases: [], terms: [org(WTO, DG, '1999-09-01', '2002-08-31')] },
  { name: 'Supachai Panitchpakdi', aliases: ['Supachai'], terms: [org(WTO, DG, '2002-09-01', '2005-08-31')] },
  { name: 'Pascal Lamy', aliases: ['Lamy'], terms: [org(WTO, DG, '2005-09-01', '2013-08-31')] },
  { name: 'Roberto Azevêdo', aliases: ['Roberto Azevedo'], terms: [org(WTO, DG, '2013-09-01', '2020-08-31')] },
  { name: 'Ngozi Okonjo-Iweala', aliases: ['Okonjo-Iweala'], terms: [ot('NG', 'Minister of Finance', '2011-08-17', '2015-05-29'), org(WTO, DG, '2021-03-01')] },
  { name: 'Donald Johnston', aliases: [], terms: [org(OECD, SG, '1996-06-01', '2006-05-31')] },
  { name: 'Ángel Gurría', aliases: ['Angel Gurria', 'Gurría'], terms: [fm('MX', '1994-12-01', '1998-01-07', 'Secretary of Foreign Affairs'), org(OECD, SG, '2006-06-01', '2021-05-31')] },
  { name: 'Mathias Cormann', aliases: ['Cormann'], terms: [ot('AU', 'Minister for Finance', '2013-09-18', '2020-10-30'), org(OECD, SG, '2021-06-01')] },

  // WHO, IAEA, OSCE, Council of Europe
  { name: 'Gro Harlem Brundtland', aliases: ['Brundtland'], terms: [org(WHO, DG, '1998-07-21', '2003-07-21')] },
  { name: 'Lee Jong-wook', aliases: ['Lee Jong Wook'], terms: [org(WHO, DG, '2003-07-21', '2006-05-22')] },
  { name: 'Margaret Chan', aliases: [], terms: [org(WHO, DG, '2007-01-04', '2017-06-30')] },
  { name: 'Tedros Adhanom Ghebreyesus', aliases: ['Tedros', 'Tedros Adhanom'], terms: [fm('ET', '2012-11-29', '2016-11-01'), org(WHO, DG, '2017-07-01')] },
  { name: 'Mohamed ElBaradei', aliases: ['ElBaradei', 'El Baradei', 'Mohamed el-Baradei'], terms: [org(IAEA, DG, '1997-12-01', '2009-11-30'), ot('EG', 'Vice President', '2013-07-14', '2013-08-14')] },
  { name: 'Yukiya Amano', aliases: ['Amano'], terms: [org(IAEA, DG, '2009-12-01', '2019-07-18')] },
  { name: 'Rafael Grossi', aliases: ['Grossi', 'Rafael Mariano Grossi'], terms: [org(IAEA, DG, '2019-12-03')] },
  { name: 'Marc Perrin de Brichambaut', aliases: ['Perrin de Brichambaut'], terms: [org(OSCE, 'Secretary General', '2005-07-01', '2011-06-30')] },
  { name: 'Lamberto Zannier', aliases: ['Zannier'], terms: [org(OSCE, 'Secretary General', '2011-07-01', '2017-06-30')] },
  { name: 'Thomas Greminger', aliases: ['Greminger'], terms: [org(OSCE, 'Secretary General', '2017-07-18', '2020-07-18')] },
  { name: 'Helga Schmid', aliases: [], terms: [org(OSCE, 'Secretary General', '2020-12-04', '2024-09-03')] },
  { name: 'Terry Davis', aliases: [], terms: [org('Council of Europe', 'Secretary General', '2004-09-01', '2009-08-31')] },

  // Other organisations
  { name: 'Patricia Scotland', aliases: ['Baroness Scotland'], terms: [org('Commonwealth of Nations', 'Secretary-General', '2016-04-01', '2025-03-31')] },
  { name: 'José Miguel Insulza', aliases: ['Insulza', 'Jose Miguel Insulza'], terms: [org('OAS', 'Secretary General', '2005-05-26', '2015-05-26')] },
  { name: 'Luis Almagro', aliases: ['Almagro'], terms: [org('OAS', 'Secretary General', '2015-05-26', '2025-05-26')] },
  { name: 'Albert Ramdin', aliases: ['Ramdin'], terms: [org('OAS', 'Secretary General', '2025-05-26')] },
  { name: 'José Graziano da Silva', aliases: ['Graziano da Silva'], terms: [org('FAO', 'Director-General', '2012-01-01', '2019-07-31')] },
  { name: 'Qu Dongyu', aliases: [], terms: [org('FAO', 'Director-General', '2019-08-01')] },
  { name: 'Guy Ryder', aliases: [], terms: [org('ILO', 'Director-General', '2012-10-01', '2022-09-30')] },
  { name: 'Gilbert Houngbo', aliases: ['Houngbo'], terms: [org('ILO', 'Director-General', '2022-10-01')] },
  { name: 'Irina Bokova', aliases: ['Bokova'], terms: [org('UNESCO', 'Director-General', '2009-11-15', '2017-11-15')] },
  { name: 'Audrey Azoulay', aliases: ['Azoulay'], terms: [org('UNESCO', 'Director-General', '2017-11-15', '2025-11-14')] },
  { name: 'Khaled El-Enany', aliases: ['El-Enany', 'Khaled el-Anany'], terms: [org('UNESCO', 'Director-General', '2025-11-15')] },
];
