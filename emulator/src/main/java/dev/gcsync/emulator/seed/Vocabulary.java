package dev.gcsync.emulator.seed;

import java.util.List;

/** Word lists the seed data is drawn from. Realistic, invented, and shared by every generated org. */
final class Vocabulary {
    static final List<String> FIRST_NAMES = List.of(
            "Olivia", "Liam", "Emma", "Noah", "Ava", "Oliver", "Sophia", "Elijah", "Isabella", "Lucas",
            "Mia", "Mateo", "Amelia", "Levi", "Harper", "Ethan", "Evelyn", "James", "Aria", "Benjamin",
            "Chloe", "Henry", "Camila", "Sebastian", "Luna", "Jack", "Sofia", "Daniel", "Zoe", "Samuel",
            "Nora", "Leo", "Hannah", "Owen", "Aaliyah", "Julian", "Priya", "Arjun", "Mei", "Hiroshi",
            "Fatima", "Omar", "Ingrid", "Lars", "Chiara", "Marco", "Ana", "Diego", "Aisha", "Kwame",
            "Sinead", "Cian", "Yuki", "Kenji", "Lucia", "Pablo", "Elena", "Tomas", "Freya", "Nils");
    static final List<String> LAST_NAMES = List.of(
            "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
            "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
            "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
            "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
            "Patel", "Sharma", "Chen", "Wang", "Tanaka", "Sato", "Murphy", "Kelly", "Schmidt", "Muller",
            "Rossi", "Bianchi", "Silva", "Santos", "Okafor", "Mensah", "Larsen", "Nilsson", "Dubois", "Moreau");
    static final List<String> DEPARTMENTS = List.of(
            "Customer Care", "Sales", "Billing", "Technical Support", "Retention", "Collections", "Onboarding",
            "Claims");
    static final List<String> TITLES = List.of(
            "Agent", "Senior Agent", "Team Lead", "Supervisor", "Specialist", "Quality Analyst", "Trainer",
            "Workforce Planner");
    static final List<String> DIVISIONS = List.of("Home", "EMEA", "Americas", "APAC");
    static final List<String> SKILLS = List.of(
            "Billing", "Payments", "Refunds", "Disputes", "Technical Support L1", "Technical Support L2",
            "Networking", "Mobile Devices", "Broadband", "TV", "Sales Inbound", "Sales Outbound", "Upsell",
            "Retention", "Complaints", "VIP", "Fraud", "Identity Verification", "Onboarding", "Claims Intake",
            "Claims Assessment", "Chat", "Email", "Social Media", "Callback", "Escalations", "Accessibility",
            "Enterprise Accounts", "Small Business", "Collections");
    static final List<String> LANGUAGES = List.of(
            "English", "Spanish", "French", "German", "Italian", "Portuguese", "Dutch", "Japanese", "Mandarin",
            "Hindi", "Arabic", "Swedish");
    static final List<String> QUEUES = List.of(
            "Billing Support", "Payments", "Tech Support L1", "Tech Support L2", "Sales Inbound", "Sales Outbound",
            "Retention", "Complaints", "VIP Care", "Fraud Desk", "Onboarding", "Claims", "Chat General",
            "Email Backlog", "Social Care", "Callbacks", "Escalations", "Enterprise", "Small Business",
            "Collections");
    static final List<String> WRAPUP_CODES = List.of(
            "Resolved", "Not Resolved", "Escalated", "Callback Scheduled", "Transferred", "Wrong Number",
            "Voicemail", "No Answer", "Sale Made", "No Sale", "Refund Issued", "Payment Taken", "Complaint Logged",
            "Technician Booked", "Info Provided", "Account Updated", "Cancelled", "Retained", "Fraud Reported",
            "Duplicate", "Customer Hung Up", "Follow-up Required", "Survey Offered", "Spam", "Other");
    static final List<String> GROUPS = List.of(
            "Night Shift", "Weekend Team", "Bilingual Pool", "Overflow Team", "Tier 2 Experts");

    private Vocabulary() {
    }
}
