/** Which skills a certification is evidence for (an AWS certification for aws, an Oracle Java one for java). */
import { findSkillsInText } from './text-match';

interface CertRule {
  /** tested against "name issuer" */
  pattern: RegExp;
  skills: readonly string[];
}

/** Vendor programmes whose certificate names do not always say the technology. */
const RULES: readonly CertRule[] = [
  { pattern: /\bAWS\b|Amazon Web Services|\bAmazon\b.*\b(Certified|Solutions Architect|Developer|SysOps)\b/i, skills: ['aws'] },
  { pattern: /\bAZ-\d{3}\b|\bDP-\d{3}\b|\bAI-\d{3}\b|\bAzure\b/i, skills: ['azure'] },
  { pattern: /Google Cloud|\bGCP\b|Professional Cloud (Architect|Developer|DevOps Engineer)|Associate Cloud Engineer/i, skills: ['gcp'] },
  { pattern: /\bCKA\b|\bCKAD\b|\bCKS\b|Certified Kubernetes|\bKCNA\b/i, skills: ['kubernetes'] },
  { pattern: /Terraform Associate|HashiCorp Certified: Terraform/i, skills: ['terraform'] },
  { pattern: /\bOCA\b.*Java|\bOCP\b.*Java|Java SE|Java EE|Oracle Certified.*Java|\bOCPJP\b/i, skills: ['java'] },
  { pattern: /Red Hat Certified (System Administrator|Engineer)|\bRHCSA\b|\bRHCE\b|\bLFCS\b|\bLPIC\b/i, skills: ['linux'] },
  { pattern: /Docker Certified Associate|\bDCA\b/i, skills: ['docker'] },
  { pattern: /Confluent Certified/i, skills: ['kafka'] },
  { pattern: /MongoDB (Certified|Associate)/i, skills: ['mongodb'] },
  { pattern: /Spring Professional|VMware Certified.*Spring/i, skills: ['spring-boot'] },
  { pattern: /\bCISSP\b|\bCEH\b|Security\+|\bOSCP\b|\bCSSLP\b/i, skills: ['web-security'] },
  { pattern: /Certified ScrumMaster|\bCSM\b|\bPSM\b|Professional Scrum/i, skills: ['agile'] },
  { pattern: /Databricks Certified/i, skills: ['spark'] },
];

/** Skill ids a certification counts for: named technologies plus the vendor programmes above. */
export function skillsForCertification(name: string, issuer: string | null = null): string[] {
  const text = `${name} ${issuer ?? ''}`.trim();
  const out: string[] = [];
  for (const rule of RULES) {
    if (rule.pattern.test(text)) for (const id of rule.skills) if (!out.includes(id)) out.push(id);
  }
  // the name says the technology ("Oracle Database SQL Certified Associate"); the issuer alone does not
  for (const id of findSkillsInText(name)) if (!out.includes(id)) out.push(id);
  return out;
}
