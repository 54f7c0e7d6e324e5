/**
 * The interview question bank, kept as data. Each gap in a must-have gets up to
 * three questions from its category; questions tagged with skills are asked
 * first when the row is about one of those skills. `{skill}` is replaced with
 * the row's skill or label.
 */
export const QuestionCategory = [
  'language', 'framework', 'databases', 'apis', 'architecture', 'reliability', 'cloud-devops', 'security',
  'testing', 'version-control', 'messaging', 'caching', 'experience', 'logistics', 'credentials', 'general',
] as const;
export type QuestionCategory = (typeof QuestionCategory)[number];

export interface BankQuestion {
  id: string;
  text: string;
  /** asked first for rows about these skills */
  skills?: readonly string[];
}

export const QUESTION_BANK: Readonly<Record<QuestionCategory, readonly BankQuestion[]>> = {
  language: [
    { id: 'lang-depth', text: 'Which backend service have you written in {skill}? Walk me through how a request travels through it.' },
    { id: 'lang-pitfalls', text: 'What is something about {skill} that surprised you or caused a bug, and how did you deal with it?' },
    { id: 'lang-concurrency', text: 'How does {skill} handle many requests at the same time, and where has that mattered in your work?' },
  ],
  framework: [
    { id: 'fw-structure', text: 'How did you structure your last {skill} project (routing, business logic, data access), and why that way?' },
    { id: 'fw-choice', text: 'Why was {skill} chosen for that project, and what would make you pick something else?' },
    { id: 'fw-perf', text: 'Tell me about a request that was too slow in {skill}. How did you find the cause?' },
  ],
  databases: [
    { id: 'db-sql-nosql', text: 'When would you choose a relational (SQL) database over a document or key-value (NoSQL) store, and when the other way round?' },
    { id: 'db-slow-query', text: 'Describe a slow query you found in production. How did you find it, and what did you change to fix it?' },
    { id: 'db-outage', text: 'The primary database goes down during business hours. What do you do in the first fifteen minutes, and what afterwards?' },
    { id: 'db-migrations', text: 'How do you change the schema of a busy table without downtime?' },
  ],
  apis: [
    { id: 'api-versioning', text: 'How would you change an API that other teams already depend on without breaking their clients?' },
    { id: 'api-scale', text: 'Design a REST API that has to serve a lot of traffic. Where do caching, rate limiting and load balancing come in?' },
    { id: 'api-secure-endpoint', text: 'You are adding a new endpoint that returns customer data. What do you do to make it secure?' },
    { id: 'api-graphql-grpc', text: 'When would you use GraphQL or gRPC instead of plain REST, and what do you give up?', skills: ['graphql', 'grpc'] },
  ],
  architecture: [
    { id: 'arch-monolith', text: 'Monolith or microservices: how would you decide for a new product, and what would make you split a monolith later?' },
    { id: 'arch-boundaries', text: 'How do you decide where one service ends and the next begins?' },
    { id: 'arch-consistency', text: 'Two services must update their data together. How do you keep them consistent when one of them fails?' },
  ],
  reliability: [
    { id: 'rel-outage', text: 'Tell me about a production incident you worked on. How was it noticed, fixed, and prevented from happening again?' },
    { id: 'db-outage-rel', text: 'How would you prepare a service so that a database outage hurts as little as possible?' },
  ],
  'cloud-devops': [
    { id: 'ops-deploy', text: 'How does your code get from a merged pull request to production? Which steps are automated?', skills: ['ci-cd', 'github-actions', 'gitlab-ci', 'jenkins'] },
    { id: 'ops-monitor', text: 'Once a service is live, how do you know it is healthy? What do you monitor and alert on?' },
    { id: 'ops-scale', text: 'Traffic triples overnight. How does your service scale, and what breaks first?' },
    { id: 'ops-docker', text: 'What goes into a good Dockerfile for a backend service, and how do you keep images small and safe?', skills: ['docker', 'kubernetes'] },
    { id: 'ops-cloud', text: 'Which cloud services have you used to run a backend, and how did you keep costs under control?', skills: ['aws', 'gcp', 'azure'] },
    { id: 'ops-iac', text: 'How do you manage infrastructure changes so they are reviewed and repeatable?', skills: ['terraform', 'ansible', 'pulumi', 'cloudformation'] },
  ],
  security: [
    { id: 'sec-injection', text: 'How do you prevent SQL injection, cross-site scripting (XSS) and cross-site request forgery (CSRF) in a web backend?' },
    { id: 'sec-sensitive', text: 'How do you handle sensitive data such as passwords, tokens and personal information, in storage and in logs?' },
    { id: 'sec-auth', text: 'Explain how you would add login with OAuth 2.0 or JWTs to an API, and the mistakes to avoid.', skills: ['oauth', 'jwt'] },
  ],
  testing: [
    { id: 'test-what', text: 'What do you unit test, what do you integration test, and what do you leave out?' },
    { id: 'test-flaky', text: 'Tell me about a flaky test you fixed. What was really going on?' },
  ],
  'version-control': [
    { id: 'git-flow', text: 'Describe how your team uses Git: branches, pull requests, reviews and releases.' },
    { id: 'git-conflict', text: 'Tell me about a difficult merge or a bad commit that reached main. How did you sort it out?' },
  ],
  messaging: [
    { id: 'msg-why', text: 'When is a message queue or event stream (Kafka, RabbitMQ) the right tool, and when is a direct API call better?' },
    { id: 'msg-dupes', text: 'How do you make a consumer safe when the same message can arrive twice?' },
  ],
  caching: [
    { id: 'cache-invalidate', text: 'How do you decide what to cache and for how long, and how do you keep the cache from serving stale data?' },
    { id: 'cache-stampede', text: 'What happens when a popular cache entry expires under heavy load, and how do you prevent it?' },
  ],
  experience: [
    { id: 'exp-scope', text: 'Which system that you worked on had the most users or data, and what was your part in it?' },
    { id: 'exp-lead', text: 'Tell me about a technical decision you led. Who did you involve, and how did it turn out?' },
    { id: 'exp-mentor', text: 'How have you helped less experienced engineers grow?' },
  ],
  logistics: [
    { id: 'tz-hours', text: 'Which hours of the day can you reliably overlap with the team, and how have you worked across time zones before?' },
  ],
  credentials: [
    { id: 'cred-learned', text: 'What did you learn in your studies or certification that you still use at work?' },
    { id: 'cred-equivalent', text: 'What experience would you put forward in place of the degree or certification this role asks for?' },
  ],
  general: [
    { id: 'gen-built', text: 'What is the most substantial thing you have built with {skill}?' },
    { id: 'gen-learn', text: 'How would you get productive with {skill} in your first month here?' },
  ],
};

/** Always on offer, whatever the gaps. */
export const BEHAVIOURAL_QUESTIONS: readonly BankQuestion[] = [
  { id: 'beh-challenge', text: 'Tell me about the most challenging project you have worked on. What made it hard, and how did you get through it?' },
  { id: 'beh-explain', text: 'Explain a technical concept from your work to me as if I were a colleague from sales or finance.' },
  { id: 'beh-disagree', text: 'Describe a time you disagreed with a technical decision. What did you do, and what happened?' },
  { id: 'beh-current', text: 'How do you keep your skills current? What did you learn recently?' },
];
