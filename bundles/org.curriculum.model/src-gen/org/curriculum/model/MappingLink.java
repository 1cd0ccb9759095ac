/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;

import java.util.Date;

import java.util.Map;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mapping Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.MappingLink#getItem <em>Item</em>}</li>
 *   <li>{@link org.curriculum.model.MappingLink#getStandard <em>Standard</em>}</li>
 *   <li>{@link org.curriculum.model.MappingLink#getCoverage <em>Coverage</em>}</li>
 *   <li>{@link org.curriculum.model.MappingLink#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.curriculum.model.MappingLink#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.curriculum.model.MappingLink#getDate <em>Date</em>}</li>
 * </ul>
 *
 * @see org.curriculum.model.CurriculumPackage#getMappingLink()
 * @model
 * @generated
 */
public interface MappingLink extends Reviewable {
	/**
	 * Returns the value of the '<em><b>Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The item of the source framework that covers the standard.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Item</em>' reference.
	 * @see #setItem(MappableItem)
	 * @see org.curriculum.model.CurriculumPackage#getMappingLink_Item()
	 * @model required="true"
	 * @generated
	 */
	MappableItem getItem();

	/**
	 * Sets the value of the '{@link org.curriculum.model.MappingLink#getItem <em>Item</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item</em>' reference.
	 * @see #getItem()
	 * @generated
	 */
	void setItem(MappableItem value);

	/**
	 * Returns the value of the '<em><b>Standard</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The item of the target framework that is covered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Standard</em>' reference.
	 * @see #setStandard(MappableItem)
	 * @see org.curriculum.model.CurriculumPackage#getMappingLink_Standard()
	 * @model required="true"
	 * @generated
	 */
	MappableItem getStandard();

	/**
	 * Sets the value of the '{@link org.curriculum.model.MappingLink#getStandard <em>Standard</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Standard</em>' reference.
	 * @see #getStandard()
	 * @generated
	 */
	void setStandard(MappableItem value);

	/**
	 * Returns the value of the '<em><b>Coverage</b></em>' attribute.
	 * The literals are from the enumeration {@link org.curriculum.model.CoverageLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Coverage</em>' attribute.
	 * @see org.curriculum.model.CoverageLevel
	 * @see #setCoverage(CoverageLevel)
	 * @see org.curriculum.model.CurriculumPackage#getMappingLink_Coverage()
	 * @model
	 * @generated
	 */
	CoverageLevel getCoverage();

	/**
	 * Sets the value of the '{@link org.curriculum.model.MappingLink#getCoverage <em>Coverage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Coverage</em>' attribute.
	 * @see org.curriculum.model.CoverageLevel
	 * @see #getCoverage()
	 * @generated
	 */
	void setCoverage(CoverageLevel value);

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see org.curriculum.model.CurriculumPackage#getMappingLink_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link org.curriculum.model.MappingLink#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see org.curriculum.model.CurriculumPackage#getMappingLink_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link org.curriculum.model.MappingLink#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see org.curriculum.model.CurriculumPackage#getMappingLink_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link org.curriculum.model.MappingLink#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A link's item belongs to the mapping set's source framework and its standard to the target framework.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validateWithinFrameworks(DiagnosticChain diagnostics, Map<Object, Object> context);

} // MappingLink
